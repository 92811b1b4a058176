import { Template } from '../template.js';
import { CLOSURE_NOT_SUBSTANTIATED, CLOSURE_OTHER, CLOSURE_SUBSTANTIATED } from './closure-letters.js';
import { HR_REFERRAL, UNV_REFERRAL } from './disciplinary-referral.js';
import { MEMBER_STATE_REFERRAL } from './member-state-referral.js';
import { TCC_FOLLOW_UP } from './tcc-follow-up.js';
import { TCC_NOTIFICATION } from './tcc-notification.js';

/** The templates the app ships; a vault starts with these and can always reset to them. */
export const SHIPPED_TEMPLATES: readonly Template[] = Object.freeze(
  [
    MEMBER_STATE_REFERRAL,
    TCC_NOTIFICATION,
    TCC_FOLLOW_UP,
    HR_REFERRAL,
    UNV_REFERRAL,
    CLOSURE_SUBSTANTIATED,
    CLOSURE_NOT_SUBSTANTIATED,
    CLOSURE_OTHER,
  ].map((template) => Template.parse(template)),
);

export function shippedTemplate(id: string): Template | undefined {
  return SHIPPED_TEMPLATES.find((template) => template.id === id);
}
