import { messageText } from '../../../shared/i18n/messages.js';
import { runUnlocked } from '../case-file-options.js';
import type { CommandImplementation } from '../command.js';
import { CliFailure } from '../failure.js';
import { cliLanguage, cliWords } from '../words.js';

export const verifyImplementation: CommandImplementation = {
  async run(context) {
    await runUnlocked(
      context,
      async () => undefined,
      async (session) => {
        const verification = await session.call('audit.verify', {});
        if (!verification.ok) {
          const broken = verification.firstBroken;
          const why = broken ? messageText(cliLanguage(), `auditBreaks.${broken.reason}`, broken.params) : '';
          throw new CliFailure('VAULT_CORRUPT', cliWords().verify.broken(broken?.seq, verification.checkedRows, why));
        }
        context.out.result(cliWords().verify.intact(verification.checkedRows), verification);
      },
    );
  },
};
