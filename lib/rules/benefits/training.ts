// Training programmes — art. 7 c. 3 lett. c) D.I. 15/11/2023 per INPS circ. 112/2025 (digest C-8):
// access needs an agreement with the company union representatives (RSA/RSU), or failing them the
// territorial ones; without a company agreement, when the training is provided for by territorial
// sectoral or intersectoral collective agreements signed by the fund's founding parties.
import { cite } from '../core/citation';
import type { RuleContext } from '../context';
import { SOURCES } from '../parameters/sources';

export type TrainingInput = {
  companyUnionAgreement: boolean;
  territorialUnionAgreement: boolean;
  hasCompanyUnionRepresentatives: boolean;
  providedByTerritorialCollectiveAgreement: boolean;
};

export function trainingAccess(input: TrainingInput, ctx: RuleContext): { eligible: boolean; basis: string | null } {
  let basis: string | null = null;
  if (input.companyUnionAgreement) basis = 'accordo con le RSA/RSU';
  else if (!input.hasCompanyUnionRepresentatives && input.territorialUnionAgreement) basis = 'accordo con le rappresentanze sindacali territoriali';
  else if (input.providedByTerritorialCollectiveAgreement) basis = 'previsione dei contratti collettivi territoriali firmati dalle parti istitutive del Fondo';
  ctx.add('C-8', cite(SOURCES.C112, 'art. 7 c. 3 lett. c) D.I. 15/11/2023'), basis ? 'pass' : 'fail', basis ? `Accesso ai programmi formativi: ${basis}` : 'Serve un accordo sindacale o una previsione dei contratti collettivi territoriali');
  return { eligible: basis !== null, basis };
}
