import type { Migration } from '../migrate.js';

/**
 * Issue 14. The UN investigation clock's source was worded as "A/72/751 completion benchmarks";
 * domain.md §3 says the 6-month / 3-month figures are not in A/72/751 (its ¶45 asks for strict
 * benchmarks and gives no number). Clock settings a team saved before carry the old words, and the
 * statistics exports print them: where the saved source is still exactly the shipped wording, it
 * becomes the corrected one. A source the team wrote itself is left as it is.
 * FROZEN: both texts are as they were shipped.
 */
const OLD_SOURCE = 'A/72/751 completion benchmarks (domain.md §3, secondary copy)';
const NEW_SOURCE =
  'The Secretary-General’s statement to the Security Council, seen only in a news copy (secondary source; ' +
  'not in A/72/751, whose ¶45 asks for strict benchmarks without numbers) (domain.md §3)';

export const m0027ClockSourceWording: Migration = {
  version: 27,
  name: '0027-clock-source-wording',
  up(db) {
    db.prepare(
      `UPDATE vault_settings SET value = replace(value, json_quote(?), json_quote(?))
       WHERE key = 'clocks' AND instr(value, json_quote(?)) > 0`,
    ).run(OLD_SOURCE, NEW_SOURCE, OLD_SOURCE);
  },
};
