import type { TemplateKind } from '../template.js';

/**
 * The name each shipped template comes with (a shipped template's id is its kind). The templates
 * take their name from here, and template-name.ts tells by it whether the team has renamed one,
 * without the screens loading the templates themselves.
 */
export const SHIPPED_TEMPLATE_NAMES: Readonly<Record<TemplateKind, string>> = {
  member_state_referral: 'Referral to a Member State (through OLA)',
  tcc_notification: 'Notification to a contributing country (NIO)',
  tcc_follow_up: 'Follow-up to a contributing country (action taken)',
  hr_referral: 'Referral to human resources (disciplinary)',
  unv_referral: 'Referral to the UN Volunteers programme',
  closure_substantiated: 'Victim closure letter: substantiated',
  closure_not_substantiated: 'Victim closure letter: not substantiated',
  closure_other: 'Victim closure letter: closed for other reasons',
};
