import type { Command } from '../command.js';
import { actionCommand } from './action.js';
import { assistanceCommand } from './assistance.js';
import { backupCommand } from './backup.js';
import { bundleCommand } from './bundle.js';
import { callCommand } from './call.js';
import { caseCommand } from './case.js';
import { checkCommand } from './check.js';
import { consentCommand } from './consent.js';
import { contactCommand } from './contact.js';
import { custodyCommand } from './custody.js';
import { deadlinesCommand } from './deadlines.js';
import { evidenceCommand } from './evidence.js';
import { findingCommand } from './finding.js';
import { followupCommand } from './followup.js';
import { identityCommand } from './identity.js';
import { initCommand } from './init.js';
import { interviewCommand } from './interview.js';
import { investigationCommand } from './investigation.js';
import { letterCommand } from './letter.js';
import { letterheadCommand } from './letterhead.js';
import { methodsCommand } from './methods.js';
import { passwdCommand } from './passwd.js';
import { paternityCommand } from './paternity.js';
import { personCommand } from './person.js';
import { restoreCommand } from './restore.js';
import { statsCommand } from './stats.js';
import { timelineCommand } from './timeline.js';
import { unlockCommand } from './unlock.js';
import { verifyCommand } from './verify.js';
import { victimContactCommand } from './victim-contact.js';

/**
 * Every subcommand, in the order `casefile --help` lists them: its name, help and options, and how to
 * load what runs it. Only this table is loaded for help and parsing; a command's own module (and what
 * it needs: the database, the document engine) is imported when that command runs. A new command is a
 * module in commands/, its entry in table/, and a line here.
 */
export const COMMANDS: readonly Command[] = [
  initCommand,
  unlockCommand,
  passwdCommand,
  methodsCommand,
  callCommand,
  caseCommand,
  personCommand,
  consentCommand,
  assistanceCommand,
  victimContactCommand,
  investigationCommand,
  findingCommand,
  actionCommand,
  followupCommand,
  paternityCommand,
  interviewCommand,
  evidenceCommand,
  custodyCommand,
  timelineCommand,
  deadlinesCommand,
  letterCommand,
  letterheadCommand,
  statsCommand,
  identityCommand,
  contactCommand,
  bundleCommand,
  checkCommand,
  verifyCommand,
  backupCommand,
  restoreCommand,
];
