// One file per namespace and locale so that features add their texts without touching
// each other's files. `en` must have exactly the keys of `it` (type-checked).
import type { Locale } from '../config';
import itCommon from './it/common';
import enCommon from './en/common';
import itAuth from './it/auth';
import enAuth from './en/auth';
import itHome from './it/home';
import enHome from './en/home';
import itLabels from './it/labels';
import enLabels from './en/labels';
import itRules from './it/rules';
import enRules from './en/rules';
import itSimulator from './it/simulator';
import enSimulator from './en/simulator';
import itConsultant from './it/consultant';
import enConsultant from './en/consultant';
import itDelegations from './it/delegations';
import enDelegations from './en/delegations';
import itReminders from './it/reminders';
import enReminders from './en/reminders';
import itReview from './it/review';
import enReview from './en/review';
import itEmployerRequests from './it/employer-requests';
import enEmployerRequests from './en/employer-requests';
import itCompany from './it/company';
import enCompany from './en/company';
import itLegal from './it/legal';
import enLegal from './en/legal';
import itWizard from './it/wizard';
import enWizard from './en/wizard';

const it = { common: itCommon, auth: itAuth, home: itHome, labels: itLabels, rules: itRules, simulator: itSimulator, consultant: itConsultant, delegations: itDelegations, reminders: itReminders, review: itReview, employerRequests: itEmployerRequests, company: itCompany, legal: itLegal, wizard: itWizard };
export type Messages = typeof it;

const en: Messages = { common: enCommon, auth: enAuth, home: enHome, labels: enLabels, rules: enRules, simulator: enSimulator, consultant: enConsultant, delegations: enDelegations, reminders: enReminders, review: enReview, employerRequests: enEmployerRequests, company: enCompany, legal: enLegal, wizard: enWizard };

export const messages: Record<Locale, Messages> = { it, en };
