import type itLegal from '../it/legal';

const legal: typeof itLegal = {
  updated: 'Last updated: {date}',
  accessibility: {
    title: 'Accessibility statement',
    lead: 'The Fondo di solidarietà del Trentino is committed to making this service accessible, as required by Law no. 4 of 9 January 2004 and the AgID guidelines on the accessibility of IT tools.',
    sections: [
      {
        heading: 'Compliance status',
        paragraphs: [
          'The service is partially compliant with standard UNI EN 301549 and WCAG 2.1 level AA.',
          'Every page is checked automatically with the axe tool on every change to the service, and every function works without JavaScript and with the keyboard alone. A full manual evaluation with assistive technologies has not been carried out yet: this is why compliance is declared partial.',
        ],
      },
      {
        heading: 'Content that is not accessible',
        paragraphs: [
          'The charts of the rolling windows and of the reports use colours and patterns; the same figures are always given in text tables too.',
          'PDF receipts are generated automatically and may not be fully navigable with screen readers; the same data is on the request’s page.',
        ],
      },
      {
        heading: 'Reporting a problem',
        paragraphs: [
          'If you meet a barrier, write to the Fund’s Management Committee using the contacts on the Fund’s page of the INPS website, describing the page and the problem: we will answer within 30 days.',
          'If the answer is unsatisfactory or does not arrive, you can report it to the Agency for Digital Italy (AgID) with the form at form.agid.gov.it.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Privacy notice',
    lead: 'How this service processes personal data, under Articles 13 and 14 of Regulation (EU) 2016/679 (GDPR).',
    sections: [
      {
        heading: 'What data we process',
        paragraphs: [
          'Data of the people who use the service: name, e-mail address, role and a log of sign-ins and operations.',
          'Data of companies and their workers entered for requests: codice fiscale, name, contract, hours, pay, periods of suspension or reduction and household composition, as far as the allowance needs them.',
          'The public simulator stores nothing: what you enter is used only to compute the result shown.',
        ],
      },
      {
        heading: 'Why, and on what basis',
        paragraphs: [
          'To examine and decide requests for the Fund’s wage-integration allowance (art. 40 of Legislative Decree 148/2015) and for the checks the law requires: performance of a task in the public interest and compliance with legal obligations (Art. 6(1)(c) and (e) GDPR).',
        ],
      },
      {
        heading: 'Who sees the data, and for how long',
        paragraphs: [
          'A company’s data is seen only by the people who represent it, the labour consultants the company has delegated, and the staff of the Management Committee. Every access and every change is logged.',
          'Filed requests and their attachments are kept for the period set by the rules on keeping administrative records; discarded drafts and import previews are deleted.',
        ],
      },
      {
        heading: 'Cookies',
        paragraphs: ['We use technical cookies only: the session cookie after you sign in and the one for the language you chose. We use no profiling cookies and no third-party analytics.'],
      },
      {
        heading: 'Your rights',
        paragraphs: [
          'You can ask for access to your data, its correction or restriction, or object to processing (Articles 15–22 GDPR) by writing to the data controller using the contacts on the Fund’s page of the INPS website.',
          'You can also lodge a complaint with the Italian Data Protection Authority (www.garanteprivacy.it).',
        ],
      },
    ],
  },
  notes: {
    title: 'Legal notes',
    lead: 'Terms of use of the service and its content.',
    sections: [
      {
        heading: 'What the figures are worth',
        paragraphs: [
          'The simulations and figures shown apply the rules cited next to each result, but they are not a decision: the Fund’s Management Committee decides on requests and INPS pays the allowance.',
          'Where a rule can be read in more than one way, the service says so ("inferred reading" or "not confirmed") next to the citation.',
        ],
      },
      {
        heading: 'Third-party content and data',
        paragraphs: [
          'The texts of the service may be reproduced with acknowledgement of the source. The list of Italian municipalities comes from the national resident population register (ANPR) of the Ministry of the Interior, under the CC BY 4.0 licence.',
          'Links to legislation lead to external sites (such as Normattiva and INPS), for whose content the service is not responsible.',
        ],
      },
      {
        heading: 'Proper use',
        paragraphs: ['Whoever files a request declares that the data entered is true. False declarations are punished by law (art. 76 of Presidential Decree 445/2000) and forfeit the benefits obtained.'],
      },
    ],
  },
};
export default legal;
