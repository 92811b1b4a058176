import { messageText } from '../../../shared/i18n/messages.js';
import { runUnlocked } from '../case-file-options.js';
import type { CommandImplementation } from '../command.js';
import { CliFailure } from '../failure.js';
import { countOf } from '../output.js';

export const verifyImplementation: CommandImplementation = {
  async run(context) {
    await runUnlocked(
      context,
      async () => undefined,
      async (session) => {
        const verification = await session.call('audit.verify', {});
        if (!verification.ok) {
          const broken = verification.firstBroken;
          const where = broken ? ` at row ${broken.seq}` : '';
          const why = broken ? ` ${messageText('en', `auditBreaks.${broken.reason}`, broken.params)}` : '';
          throw new CliFailure(
            'VAULT_CORRUPT',
            `The audit trail is broken${where} (${countOf(verification.checkedRows, 'row')} read).${why}`,
          );
        }
        context.out.result(`OK: ${countOf(verification.checkedRows, 'row')} checked`, verification);
      },
    );
  },
};
