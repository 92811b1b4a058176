import type { Command } from '../command.js';
import { actionCommand } from './action.js';
import { assistanceCommand } from './assistance.js';
import { backupCommand, restoreCommand } from './backup.js';
import { bundleCommand } from './bundle.js';
import { callCommand } from './call.js';
import { caseCommand } from './case.js';
import { checkCommand } from './check.js';
import { consentCommand } from './consent.js';
import { contactCommand } from './contact.js';
import { identityCommand } from './identity.js';
import { investigationCommand } from './investigation.js';
import { custodyCommand } from './custody.js';
import { letterCommand } from './letter.js';
import { letterheadCommand } from './letterhead.js';
import { deadlinesCommand } from './deadlines.js';
import { evidenceCommand } from './evidence.js';
import { findingCommand } from './finding.js';
import { followupCommand } from './followup.js';
import { initCommand } from './init.js';
import { interviewCommand } from './interview.js';
import { methodsCommand } from './methods.js';
import { passwdCommand } from './passwd.js';
import { paternityCommand } from './paternity.js';
import { personCommand } from './person.js';
import { statsCommand } from './stats.js';
import { timelineCommand } from './timeline.js';
import { unlockCommand } from './unlock.js';
import { verifyCommand } from './verify.js';
import { victimContactCommand } from './victim-contact.js';

/** Every subcommand, in the order `casefile --help` lists them. A new command is a module plus a line here. */
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
