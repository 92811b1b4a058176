/**
 * The command line's own words in English: the source of every other language's CLI catalogue
 * (fr/cli.ts, ar/cli.ts are typed against CliWords, so a missing or extra key fails tsc). Only the
 * chosen language's file is loaded, when the command line starts (electron/cli/words.ts).
 *
 * What the core says (errors, refusals, findings) and the words of enum values are NOT here: the
 * CLI prints them from shared/i18n messages and labels in the same language. A `{{name}}` in a
 * help page is filled by the command with a list of accepted values (option syntax, never prose).
 * Words with a number are functions, so each language writes its own plural forms.
 */
import { text } from '../text.js';

/** A sentence written in pieces (text()), typed as any string: the other languages write their own. */
const long = (...pieces: readonly string[]): string => text(...pieces);
/** "a, b and c". */
const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** "1 row", "12 rows". */
const rows = (n: number): string => `${n} ${n === 1 ? 'row' : 'rows'}`;

export const cliWords = {
  /** Refusal of a --ui-lang value the CLI does not speak; the value is never echoed. */
  unknownLanguage: (accepted: string) => `--ui-lang takes one of: ${accepted} (the language of these messages).`,

  help: {
    title: 'casefile - the Casefile encrypted case file, from the command line',
    usage: 'Usage: casefile [--vault DIR] [--json] <command> [options]',
    commands: 'Commands:',
    globalOptions: 'Global options (before or after the command):',
    environment: 'Environment:',
    environmentVariables: {
      vault: 'the vault folder, when --vault is not given',
      passphrase: 'the passphrase, when --passphrase-file is not given',
      newPassphrase: 'the new passphrase for passwd, when --new-passphrase-file is not given',
      debug: 'print where an internal error happened (never its message)',
      language:
        'the language of the messages (en, fr, ar), when --ui-lang is not given; then LC_ALL, LC_MESSAGES, LANG',
    },
    secrets: [
      'A secret is read from its file option, else its environment variable, else a hidden prompt',
      'when stdin is a terminal. Secrets are never printed; the recovery key is shown once, by init.',
    ],
    exitCodes: 'Exit codes:',
    commandHelp: "Run 'casefile <command> --help' for a command's options.",
    commandUsage: 'Usage: casefile [--vault DIR] [--json]',
    commandOptions: 'Options:',
    commandGlobalOptions: 'Global options:',
    required: '[required]',
    requiredFor: (subcommand: string) => `[required for ${subcommand}]`,
  },

  /** What each exit status means (failure.ts's EXIT), in --help. */
  exitCodes: {
    ok: 'success',
    failure: 'any other error',
    usage: 'usage error or invalid input (bad option, unknown command or method, bad JSON, weak passphrase)',
    wrongSecret: 'wrong passphrase or recovery key',
    noVault: 'no vault in that folder, or it is not a Casefile vault',
    blockingFindings: 'check: the case has blocking principle findings',
    notFound: 'not found: no such case, person, evidence item, interview or file',
    vaultDamaged: 'the vault is damaged (it cannot be opened, or a check found a break): restore it from a backup',
    wrongRuntime:
      'the database module cannot be loaded (built for the app, or missing): run node build/native-module.mjs node',
    cancelled: 'interrupted at a prompt (Ctrl-C)',
  },

  globalOptions: {
    vault: 'The vault folder (default: $CASEFILE_VAULT).',
    'passphrase-file': 'Read the passphrase from FILE (one trailing newline is ignored).',
    json: 'Machine output: JSON on stdout (times as ISO 8601 instants in UTC), errors as {"error":{"code","message"}}.',
    help: "Show this help, or a command's help after its name.",
    version: 'Print the version of casefile and exit.',
    'ui-lang':
      "The language of the messages: en, fr or ar, region allowed (default: $CASEFILE_LANG, else the system's).",
  },

  /** Options several commands declare alike (table/shared-options.ts). */
  sharedOptions: {
    case: 'The case, by reference (CF-2026-0001) or id.',
    input: 'JSON input from FILE, or from stdin with -.',
    itemCase: 'The case (reference or id); needed when the item is given by number (E-0001).',
    recoveryKeyFile: 'Unlock with the recovery key in FILE instead of the passphrase.',
    toPath: 'export, report: the file to write (must not exist yet).',
  },

  /** Reading the command line (options.ts, run.ts). */
  commandLine: {
    noArguments: 'no arguments',
    argumentCount: (command: string, expected: string, got: number, usage: string) =>
      `casefile ${command} takes ${expected}; got ${got}. Usage: casefile ${usage}`,
    noCommand: 'No command given. See casefile --help.',
    /** The word typed is never repeated: it might be a passphrase typed in the command's place. */
    unknownCommand: (suggestion: string) => `That is not a casefile command.${suggestion} See casefile --help.`,
    unknownOption: (command: string | undefined, suggestion: string) =>
      `That is not an option of \`casefile${command ? ` ${command}` : ''}\`.${suggestion} See casefile --help.`,
    didYouMean: (names: readonly string[]) =>
      ` Did you mean ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`}?`,
    takesNoValue: (option: string) => `Option ${option} takes no value.`,
    needsValue: (option: string, placeholder: string) => `Option ${option} needs a value: ${option} ${placeholder}.`,
    valueLooksLikeOption: (option: string, placeholder: string) =>
      `Option ${option} needs a value, but the next argument is an option. Write ` +
      `${option}=${placeholder} if the value starts with '-'.`,
    givenTwice: (option: string) => `Option --${option} is given more than once.`,
    noVaultFolder: 'No vault folder: pass --vault DIR or set CASEFILE_VAULT.',
    subcommands: (command: string, names: string) =>
      `casefile ${command} takes one of: ${names}. See casefile ${command} --help.`,
    version: (version: string, node: string) => `casefile ${version} (Node.js ${node})`,
  },

  /** Lines around every command's output. */
  output: {
    /** A failure as the command line reports it on stderr: the program's name, then what failed. */
    failure: (message: string) => `casefile: ${message}`,
    notice: (text: string) => `casefile: notice: ${text}`,
    unexpected: 'casefile failed unexpectedly. Set CASEFILE_DEBUG=1 to see where (no data is printed).',
    internalError: (where: string, kind: string) => `casefile: internal error in ${where}: ${kind} (message withheld)`,
  },

  /** How a printed line is put together: its id, a series of facts, what a code or a label says. */
  line: {
    withId: (text: string, id: string) => `${text}. Id: ${id}`,
    sentenceWithId: (sentence: string, id: string) => `${sentence} Id: ${id}`,
    facts: (facts: readonly string[]) => facts.join('; '),
    about: (subject: string, text: string) => `${subject}: ${text}`,
    /** A field's name before its value in a table of facts (`Status:`). */
    label: (name: string) => `${name}:`,
  },

  /** Passphrases and recovery keys (secrets.ts, vault-access.ts, hidden-prompt.ts). */
  secrets: {
    passphrase: 'passphrase',
    newPassphrase: 'new passphrase',
    recoveryKey: 'recovery key',
    prompt: (secret: string) => `${secret.charAt(0).toUpperCase()}${secret.slice(1)}: `,
    repeatPrompt: (secret: string) => `Repeat the ${secret}: `,
    entriesDiffer: 'The two entries differ.',
    notChosen: (secret: string, attempts: number) => `No ${secret} chosen after ${attempts} attempts.`,
    noneEntered: (secret: string) => `No ${secret} entered.`,
    cannotPrompt: (secret: string, ways: string) =>
      `No ${secret} given, and stdin is not a terminal, so casefile will not prompt for it. Use ${ways}.`,
    or: ' or ',
    fileNamed: (secret: string, path: string) => `the ${secret} file ${path}`,
    fileTooLarge: (secret: string, path: string) => `The ${secret} file ${path} is too large to hold a ${secret}.`,
    fileEmpty: (secret: string, path: string) => `The ${secret} file ${path} is empty.`,
    cannotRead: (what: string, why: string) => `Cannot read ${what}: ${why}`,
    passphraseOrKey: 'Give either --passphrase-file or --recovery-key-file, not both.',
    noVault: (problem: string, dir: string, command: string) =>
      `${problem} Folder: ${dir}. To create a vault there: ${command}`,
    folderMadePrivate: (changed: number, failed: number) =>
      [
        'Other accounts on this computer could open this vault folder: its access rights had been widened.',
        ...(changed > 0
          ? [`Casefile has made it private to you again (${changed === 1 ? 'one item' : `${changed} items`} changed).`]
          : []),
        ...(failed > 0
          ? [
              `${failed === 1 ? 'One item' : `${failed} items`} could not be made private: another account owns ` +
                `${failed === 1 ? 'it' : 'them'}. Move the vault to a folder of your own.`,
            ]
          : []),
        'The files stay encrypted, but if you did not widen the rights yourself, tell whoever looks after the ' +
          'security of this computer.',
      ].join(' '),
    cancelled: 'Cancelled at the prompt.',
    terminalClosed: 'No input: the terminal was closed.',
  },

  /** JSON given with --input (json-input.ts, case-file-options.ts, input-problems.ts). */
  input: {
    stdin: 'stdin',
    cannotReadFile: (path: string, why: string) => `Cannot read the input file ${path}: ${why}.`,
    noSuchFile: 'no such file',
    unreadable: 'unreadable',
    tooLarge: (where: string, mib: number) => `The input from ${where} is larger than ${mib} MiB.`,
    empty: (where: string) => `The input from ${where} is empty; give a JSON value such as {}.`,
    notJson: (where: string, position: string) => `The input from ${where} is not valid JSON: ${position}.`,
    syntaxAt: (reason: string, line: number, column: number, offset: number) =>
      `${reason} at line ${line}, column ${column} (offset ${offset})`,
    unparsable: 'it could not be parsed',
    notUtf8: (where: string) => `The input from ${where} is not valid UTF-8.`,
    notObject: 'The input must be a JSON object.',
    notString: (what: string) => `${what} in the input must be a string.`,
    givenTwice: (what: string) => `${what} is given both in the input and as an option, differently; give it once.`,
    needs: (what: string, options: readonly string[]) => `The ${what} needs ${joinAnd(options)}.`,
    invalid: (what: string, problems: string) => `Invalid ${what}: ${problems}`,
    wholeInput: 'the input',
    instant: (option: string) =>
      `--${option} takes a date and time with its zone, e.g. 2026-03-02T10:30Z or 2026-03-02T10:30+01:00.`,
    giveCase: 'Give the case: --case CASE.',
    noSuchPerson: (code: string | undefined, reference: string) =>
      `There is no ${code ?? 'such person'} in ${reference}.`,
  },

  /** Why a JSON text does not parse, by position (json-syntax.ts). */
  jsonSyntax: {
    controlCharacter: 'control character inside a string',
    badUnicodeEscape: 'bad \\u escape in a string',
    badEscape: 'bad escape in a string',
    unterminatedString: 'unterminated string',
    unexpectedEnd: 'unexpected end of input',
    textAfterValue: 'unexpected text after the JSON value',
    expectedColon: "expected ':' after a property name",
    expectedCommaOrBrace: "expected ',' or '}'",
    expectedCommaOrBracket: "expected ',' or ']'",
    expectedPropertyName: 'expected a property name in double quotes',
    malformedNumber: 'malformed number',
    expectedValue: 'expected a JSON value',
  },

  /** What the words of the case command print (commands/case.ts). */
  case: {
    whatIntake: 'case intake',
    whatListOptions: 'case list options',
    whatExclusion: 'count exclusion',
    giveIntake: 'Give the case with --input FILE|-, or at least --title, --received, --entity and --channel.',
    sortSyntax: (keys: string) => `--sort takes KEY or KEY:asc|desc, KEY one of: ${keys}.`,
    takesCase: (subcommand: string) =>
      `casefile case ${subcommand} takes the case: its reference (CF-2026-0001) or id.`,
    takesNoCase: (subcommand: string) => `casefile case ${subcommand} takes no CASE argument.`,
    exclusionEither: 'casefile case exclusion takes either --clear, or --ground and --reason: not both.',
    exclusionNeeds:
      'casefile case exclusion takes --ground GROUND and --reason TEXT, or --clear to count the case again.',
    opened: (reference: string, id: string) => `Opened ${reference}. Id: ${id}`,
    notCounted: (reference: string, ground: string) => `${reference} is not counted in the statistics: ${ground}.`,
    countedAgain: (reference: string) => `${reference} is counted in the statistics again.`,
    noCases: 'No cases.',
    headings: {
      reference: 'REFERENCE',
      status: 'STATUS',
      category: 'CAT',
      urgent: 'URGENT',
      received: 'RECEIVED',
      victims: 'VICTIMS',
      blocking: 'BLOCKING',
      title: 'TITLE',
    },
    archivedMark: ' (archived)',
    yes: 'yes',
    no: 'no',
    none: 'none',
    unknownDate: 'unknown',
    between: (from: string, to: string) => `between ${from} and ${to}`,
    atIncident: (ageBand: string) => `${ageBand} at the incident`,
    notClassified: 'not yet classified',
    categoryNotSet: 'category not set',
    subtypeNotSet: 'subtype not set',
    paternityClaimed: (status: string, dnaPermitted: string, sampleTaken: string) =>
      `claimed, ${status}; DNA permitted by national law: ${dnaPermitted}; sample taken: ${sampleTaken}`,
    noLocation: '(none recorded)',
    locationWithheld: '(strictly confidential: not shown here; `casefile call cases.get` prints it)',
    notAssigned: 'not assigned',
    acknowledged: (at: string) => `acknowledged ${at}`,
    notAcknowledged: 'not acknowledged',
    fields: {
      status: 'Status',
      classification: 'Classification',
      received: 'Received',
      entity: 'Entity',
      investigating: 'Investigating',
      urgent: 'Urgent',
      incidentDates: 'Incident dates',
      location: 'Location',
      allegedExchange: 'Alleged exchange',
      paternityClaim: 'Paternity claim',
      obligation: 'Obligation to report',
      confidentiality: 'Confidentiality',
      archived: 'Archived',
      openedChanged: 'Opened / changed',
    },
    summary: 'Summary:',
    statusHistory: 'Status history:',
    openedMark: '(opened)',
    people: 'People (by pseudonym code):',
    nothing: '(none)',
  },

  /** What the small commands print (commands/unlock, passwd, init, verify, call, check). */
  unlock: {
    needsCheck: 'casefile unlock needs --check: each command unlocks the vault for itself while it runs.',
    opens: (secret: string, dir: string) => `OK: the ${secret} opens the vault in ${dir}.`,
  },
  passwd: {
    currentPassphrase: 'current passphrase',
    same: 'The new passphrase is the same as the current one.',
    changed: 'Passphrase changed. The recovery key is unchanged.',
  },
  init: {
    created: (dir: string) => `Vault created in ${dir}.`,
    recoveryKeyNotice: [
      'RECOVERY KEY - write this down now. It is shown only now and cannot be shown again:',
      'It opens the vault if the passphrase is lost, so anyone holding it can open the vault too.',
      'Keep it on paper, away from this computer. Do not save it in a file or a screenshot.',
    ],
    vaultThere: (dir: string) => `There is already a Casefile vault in ${dir}.`,
    notEmpty: (dir: string) => `${dir} is not empty and is not a Casefile vault: choose an empty or new folder.`,
    aFile: (dir: string) => `${dir} is a file, not a folder: choose an empty or new folder.`,
  },
  verify: {
    broken: (row: number | undefined, checked: number, why: string) =>
      `The audit trail is broken${row === undefined ? '' : ` at row ${row}`} (${rows(checked)} read).` +
      (why ? ` ${why}` : ''),
    intact: (checked: number) => `OK: ${rows(checked)} checked`,
  },
  methods: {
    whileLocked: 'works while locked',
    needsUnlocked: 'needs the vault unlocked',
    forDevelopers: 'For developers and integrators: each API method, what it does, when it works and its input.',
    input: (schema: string) => `input: ${schema}`,
  },
  call: {
    unknownMethod: (typed: string, suggestion: string) =>
      `Unknown method ${typed}.${suggestion} Run casefile methods to list them.`,
    invalidInput: (method: string, problems: string) => `Invalid input for ${method}: ${problems}`,
  },
  check: {
    headings: {
      block: 'BLOCKING (the app refuses what would make these worse; put them right first)',
      warn: 'WARNINGS (fix or explain)',
      info: 'REMINDERS',
    },
    none: (reference: string, asOf: string) => `${reference}: no findings (as of ${asOf}).`,
    counts: (reference: string, block: number, warn: number, info: number, asOf: string) =>
      `${reference}: ${block} blocking, ${warn} ${warn === 1 ? 'warning' : 'warnings'}, ` +
      `${info} ${info === 1 ? 'reminder' : 'reminders'} (as of ${asOf}).`,
    fix: 'Fix:',
  },

  givenFile: {
    notFound: (given: string) => `${given} was not found.`,
    notAFile: (given: string, kind: string) => `${given} is not a file; name ${kind}.`,
  },
  letterhead: {
    missing: 'Name the Word document: casefile letterhead import FILE.docx.',
    kind: 'a Word document (.docx)',
    shipped: 'Letters use the shipped letterhead (none imported).',
    imported: (source: string, at: string, by: string) => `Letterhead imported from ${source} on ${at} by ${by}.`,
    header: 'Header:',
    logo: (logo: string) => `Logo: ${logo}`,
    footer: 'Footer:',
    none: '(none)',
    noLogo: 'none',
    inUse: 'Every letter not in the discreet form now uses it.',
    shippedAgain: 'Letters use the shipped letterhead again.',
  },
  action: {
    what: 'action',
    none: (reference: string) => `No action recorded in ${reference}.`,
    giveSubject: 'Give the subject: --subject S-01.',
    recorded: (reference: string, action: string) => `Recorded in ${reference}: ${action}`,
  },
  finding: {
    what: 'finding',
    none: (reference: string) => `No finding recorded in ${reference}.`,
    line: (code: string, outcome: string, version: number, on: string, by: string) =>
      `${code}: ${outcome}${version === 1 ? '' : ` (correction, version ${version})`}, decided on ${on} by ${by}.`,
    caseNow: (reference: string, status: string) => `${reference} is now “${status}”.`,
  },
  victimContact: {
    what: 'contact',
    none: (reference: string) => `No contact logged in ${reference}.`,
    giveVictim: 'Give the victim: --victim V-01.',
    line: (how: string, language: string, told: string, letterDelivered: boolean) =>
      `${how}, in ${language}; told: ${told}${letterDelivered ? ' (closure letter delivered)' : ''}`,
    logged: (reference: string, contact: string) => `Logged in ${reference}: ${contact}`,
  },

  assistance: {
    whatOffer: 'offer of assistance',
    whatStep: 'step of the referral',
    none: (reference: string) => `No assistance recorded in ${reference}.`,
    giveVictim: 'Give the victim: --victim V-01.',
    line: (service: string, status: string, at: string, offeredAt: string, providerRecorded: boolean) =>
      `${service} — ${status} (${at}); offered ${offeredAt}${providerRecorded ? ', provider recorded' : ''}`,
    offered: (reference: string, referral: string) => `Offered in ${reference}: ${referral}`,
    updated: (reference: string, referral: string) => `Updated in ${reference}: ${referral}`,
  },
  followup: {
    whatItem: 'follow-up item',
    whatReply: 'reply',
    none: (reference: string) => `No follow-up item in ${reference}.`,
    giveItemAndLetter: 'Give the follow-up item and the letter: --item ID --letter ID.',
    sentTo: (kind: string, to: string, subject: string | undefined) =>
      `${kind} to ${to}${subject === undefined ? '' : ` about ${subject}`}`,
    replyDue: (at: string) => `reply due ${at}`,
    answered: (at: string) => `answered ${at}`,
    replies: (count: number) => `replies: ${count}`,
    lettersLinked: (count: number) => `letters linked: ${count}`,
    opened: (reference: string, item: string) => `Opened in ${reference}: ${item}`,
    linked: (reference: string, item: string) => `Letter linked in ${reference}: ${item}`,
    replied: (reference: string, item: string) => `Reply recorded in ${reference}: ${item}`,
  },
  investigation: {
    qualifiedYesNo: '--qualified takes yes or no.',
    whatAction: 'investigative action',
    whatOutcome: 'outcome',
    none: (reference: string) => `No investigative action recorded in ${reference}.`,
    giveActionAndOutcome: 'Give the action and how it ended: --action ID --outcome OUTCOME.',
    evidence: (numbers: string) => `evidence ${numbers}`,
    closed: (deadlines: string) => `closed: ${deadlines}`,
    /** A clock a request closed, once, with how many of its deadlines when more than one. */
    clockClosed: (clock: string, count: number) => (count === 1 ? clock : `${clock} (${count} deadlines)`),
    concluded: (reference: string, action: string) => `Concluded in ${reference}: ${action}`,
    recorded: (reference: string, action: string) => `Recorded in ${reference}: ${action}`,
  },

  identity: {
    fileAfter: (option: string) => `Give a file name after --${option}.`,
    exists: (given: string) => `${given} already exists; name a new file.`,
    secretWarning: long(
      'The age identity is the SECRET key of this vault: whoever holds the file can open every bundle sent ',
      'to it. Add --i-understand to write it, and delete the file once it has served.',
    ),
    recipient: 'This vault receives case bundles at this age recipient:',
    fingerprint: (fingerprint: string) => `Signing key fingerprint: ${fingerprint}`,
    card: 'Contact card (give it to colleagues; it holds only public keys):',
    publicWritten: (file: string) =>
      `Public signing key written to ${file} (PEM, for openssl pkeyutl -verify -pubin -rawin).`,
    secretWritten: (file: string) =>
      `SECRET age identity written to ${file}: keep it safe and delete it once it has served.`,
  },
  contact: {
    verified: 'verified',
    notVerified: 'NOT VERIFIED',
    recipient: 'recipient',
    fingerprint: 'signing key fingerprint',
    safetyNumber: 'safety number',
    id: 'id',
    card: 'card',
    signingKey: 'signing key',
    unreadable: (what: string, given: string) => `The ${what} file ${given} could not be read.`,
    giveCardOrKeys: 'Give --card FILE, or --name, --recipient age1… and --signing-key FILE (the PEM).',
    added: 'Added, not yet verified:',
    compare: 'Compare the safety number with your colleague (in person or by a call you trust), then:',
    none: 'No contacts yet.',
    nameIt: 'Name the contact: casefile contact verify ID (see casefile contact list).',
    markedVerified: 'Marked verified:',
  },
  stats: {
    what: 'statistics export',
    noMissions: 'No case in this case file names a mission or entity yet: leave out --mission.',
    unknownMission: (named: string) => `No case names that mission or entity. Those named on cases: ${named}.`,
    notWritten: 'The statistics were not written.',
    written: (path: string, sha256: string) => `Wrote the statistics to ${path} (SHA-256 ${sha256}).`,
  },
  consent: {
    what: 'consent decision',
    giveDecision: long(
      'Give the decision with --input FILE|-, or with --person, --purpose and ',
      '--decision (see casefile consent --help).',
    ),
    notBoth: (option: string) => `Give the decision either with --input or with options (--${option}), not both.`,
    byCodeNeedsCase: 'A person given by code (V-01) needs the case: --case CASE.',
    recorded: (
      person: string,
      purpose: string,
      decision: string,
      guardian: string | undefined,
      byGuardian: boolean,
      oneRecipient: boolean,
      at: string,
    ) =>
      `Recorded for ${person}: ${purpose} — ${decision} ` +
      `${byGuardian ? `by the guardian${guardian ? ` (${guardian})` : ''}` : 'by the person'}` +
      `${oneRecipient ? ', for one recipient' : ''}, decided ${at}.`,
  },

  paternity: {
    what: 'child record',
    born: '--born takes a day (2025-11-20), a month (2025-11), a year (2025) or unknown.',
    sampleTaken: (on: string) => `DNA sample taken ${on}`,
    sampleSent: (on: string) => `sent ${on}`,
    result: (result: string, on: string) => `result: ${result} (${on})`,
    stateContacted: (on: string, how: string) => `Member State contacted ${on} (${how})`,
    supportOrdered: (on: string) => `support ordered ${on}`,
    supportPaid: (on: string) => `support paid ${on}`,
    child: (code: string, mother: string, subject: string) => `${code} (mother ${mother}, subject ${subject})`,
    noSuchChild: (ref: string, reference: string) => `There is no child record ${ref} in ${reference}.`,
    none: (reference: string) => `No child record in ${reference}.`,
    giveChild: 'Give the child record: --child C-01.',
    notBoth: (option: string) => `Give the record either with --input or with options (--${option}), not both.`,
    recorded: (reference: string, child: string) => `Recorded in ${reference}: ${child}`,
    updated: (reference: string, child: string) => `Updated in ${reference}: ${child}`,
  },
  deadlines: {
    closedBefore: (span: string) => `closed ${span} before due`,
    closedLate: (span: string) => `closed ${span} late`,
    overdue: (span: string) => `OVERDUE by ${span}`,
    left: (span: string) => `${span} left`,
    span: (days: number, hours: string, minutes: string) => `${days > 0 ? `${days}d ` : ''}${hours}h ${minutes}m`,
    none: 'No open deadlines.',
    headings: {
      due: (timeZone: string) => `DUE (${timeZone})`,
      countdown: 'COUNTDOWN',
      state: 'STATE',
      firmness: 'FIRMNESS',
      case: 'CASE',
      concerns: 'CONCERNS',
      id: 'ID',
      clock: 'CLOCK',
    },
    giveId: 'Give the deadline id, or at least its first 6 characters as casefile deadlines prints them.',
    noMatch: (ref: string) => `No deadline of a case not archived has an id starting ${ref}.`,
    ambiguous: (ref: string, count: number) => `${ref} matches ${count} deadlines: give more of the id.`,
    closeTakesId: 'casefile deadlines close takes the deadline id.',
    sayAction: 'Say what was done with --action TEXT: a deadline is closed by the action taken.',
    noArgument: 'casefile deadlines takes no argument, or: close ID --action TEXT.',
  },

  timeline: {
    noEvents: (reference: string) => `${reference}: no events.`,
    summary: (reference: string, dated: number, undated: number) =>
      `${reference}: ${dated} dated, ${undated} of unknown date.`,
    noDated: '(no dated events)',
    dateUnknown: 'Date unknown:',
    origin: { manual: 'manual', derived: 'derived' },
    headings: {
      date: 'DATE (AS STATED)',
      precision: 'PRECISION',
      kind: 'KIND',
      basis: 'BASIS',
      origin: 'ORIGIN',
      title: 'TITLE',
    },
  },

  evidence: {
    nameFile: 'Name the file to add: casefile evidence add FILE --case CASE.',
    notFound: (given: string) => `${given} was not found.`,
    notAFile: (given: string) => `${given} is not a file; only files can be added as evidence content.`,
    nameCase: 'Name the case: --case CASE (its reference or id).',
    typeIsOneOf: (types: string) => `--type is one of: ${types}.`,
    itemOrNew: '--item adds the file to an existing item: --type and --description describe a new one.',
    content: (fileName: string, size: string, sha256: string) => `${fileName} (${size}, SHA-256 ${sha256})`,
    unreadable: (file: string) => `${file} could not be read.`,
    adding: (name: string) => `Adding ${name}`,
    notReadBack: 'The file was added but its record could not be read back.',
    added: (content: string, number: string, reference: string) => `Added ${content} to ${number} in ${reference}.`,
    signedOnAdding: (fingerprint: string) => `Provenance signed with this vault's key (fingerprint ${fingerprint}).`,
    oneOrAll: 'Verify one item (casefile evidence verify ITEM) or every item (--all).',
    verifying: 'Verifying',
    failure: (number: string, fileName: string, problem: string) => `${number} ${fileName}: ${problem}`,
    failed: (failed: number, checked: number, list: readonly string[]) =>
      `${failed} of ${checked} files failed verification and are flagged: ${list.join('; ')}.`,
    verified: (files: number, size: string) =>
      `OK: ${files} ${files === 1 ? 'file' : 'files'} decrypted and re-hashed (${size}).`,
    nameItemToExport: 'Name the item: casefile evidence export ITEM --to PATH.',
    noFileWithId: (number: string) => `${number} holds no file with that id.`,
    noFiles: (number: string) => `${number} holds no file.`,
    chooseContent: (number: string, count: number, list: string) =>
      `${number} holds ${count} files; choose one with --content ID: ${list}.`,
    exportCancelled: 'The export was cancelled.',
    exported: (fileName: string, number: string, path: string, sha256: string) =>
      `Exported ${fileName} of ${number} to ${path} (SHA-256 ${sha256}, checked). This export is in the audit trail.`,
    notSigned: (fileName: string) =>
      `${fileName}: not signed yet (a file logged before signing: verify it to sign it).`,
    signedAtIngest: (fileName: string, at: string) => `${fileName}: signed at ingest, ${at}`,
    signedAtVerification: (fileName: string, at: string) =>
      `${fileName}: signed at its first verification, ${at} (logged before provenance was signed)`,
    signerFingerprint: (fingerprint: string) => `  signer key fingerprint: ${fingerprint}`,
    statement: (statement: string) => `  statement: ${statement}`,
    signature: (signature: string) => `  signature (Ed25519, base64): ${signature}`,
    nameItemForProvenance: 'Name the item: casefile evidence provenance ITEM [--out DIR].',
    folderTaken: (out: string) => `${out} already exists or cannot be made; name a new folder.`,
    provenanceWritten: (folder: string, command: string) => `Written to ${folder}. Check each with: ${command}`,
    reportWhat: 'verification report',
    nameCaseForReport: 'Name the case: casefile evidence verification-report CASE --out FILE.',
    reportNotWritten: 'The report was not written.',
    thisVault: (fingerprint: string) => `${fingerprint} (this vault)`,
    reportWritten: (reference: string, path: string, sha256: string) =>
      `Wrote the verification report of ${reference} to ${path} (SHA-256 ${sha256}):`,
    reportCounts: (items: number, files: number, signed: number) =>
      `${items} ${items === 1 ? 'item' : 'items'}, ${files} ${files === 1 ? 'file' : 'files'}, ${signed} signed.`,
    signers: (fingerprints: readonly string[]) =>
      fingerprints.length === 0
        ? 'Signer key fingerprints: none.'
        : `Signer key ${fingerprints.length === 1 ? 'fingerprint' : 'fingerprints'}: ${fingerprints.join(', ')}.`,
  },

  custody: {
    notBoth: (option: string) => `Give the event either with --input or with options (--${option}), not both.`,
    sayKind: (kinds: string) => `Say what happened: --kind ${kinds}.`,
    what: 'custody event',
    hashMatches: (fileName: string) => `${fileName}: hash matches`,
    hashFailed: (fileName: string, problem: string) => `${fileName}: FAILED (${problem})`,
    noMatch: 'no match',
    event: (sequence: number, kind: string, at: string, checks: readonly string[]) =>
      `#${sequence} ${kind} at ${at}${checks.length > 0 ? `; ${checks.join('; ')}` : ''}`,
    nameItem: (subcommand: string) =>
      `Name the item: casefile custody ${subcommand} ITEM (E-0001 with --case, or its id).`,
    failedRecheck: (number: string, failed: number, event: string) =>
      `Logged on ${number}, but ${failed} ${failed === 1 ? 'file' : 'files'} failed the hash re-check ` +
      `and ${failed === 1 ? 'is' : 'are'} flagged: ${event}.`,
    logged: (number: string, reference: string, event: string) => `Logged on ${number} (${reference}): ${event}.`,
    withPurpose: (event: string, purpose: string) => `${event} — ${purpose}`,
    none: (number: string) => `No custody events logged for ${number}.`,
    reportWhat: 'custody report',
    reportNotWritten: 'The report was not written.',
    reportWritten: (number: string, path: string, sha256: string) =>
      `Wrote the custody report of ${number} to ${path} (SHA-256 ${sha256}).`,
  },

  backup: {
    notStarted: 'No backup was started.',
    noOutcome: 'The backup ended without saying what it wrote.',
    backingUp: 'Backing up',
    done: (folder: string, at: string) => `Backed up to ${folder} at ${at}, and read back whole.`,
    files: (files: number, copied: number, kept: number, rechecked: number, written: string) =>
      `Evidence files: ${files} (${copied} copied now, ${kept} already in the backup, ${rechecked} of them read ` +
      `again and checked); ${written} written.`,
    never: 'This vault has never been backed up.',
    last: (at: string) => `Last backup: ${at}.`,
    due: (days: number) => `A backup is due (the reminder comes after ${days} ${days === 1 ? 'day' : 'days'}).`,
    notDue: (days: number) => `No backup is due yet (the reminder comes after ${days} ${days === 1 ? 'day' : 'days'}).`,
    takes: 'casefile backup takes --to DIR, or the word status.',
    notBoth: 'Give either --to DIR or status, not both.',
    verifyAllWithTo: '--verify-all goes with --to DIR.',
    sayWhere: 'Say where to write the backup: casefile backup --to DIR.',
    sayWhich: 'Say which backup to restore: casefile restore --from DIR --vault NEW.',
    notFound: (from: string) => `${from} was not found.`,
    nothingRestored: 'Nothing was restored.',
    restored: (at: string, dir: string, cases: number, files: number) =>
      `Restored the backup of ${at} into ${dir}: ${cases} ${cases === 1 ? 'case' : 'cases'}, ` +
      `${files} evidence ${files === 1 ? 'file' : 'files'}, every file checked.`,
    unlockAsBefore: 'Unlock it with the same passphrase or recovery key as the vault that was backed up.',
  },

  person: {
    giveRole: 'Give the person with --input FILE|-, or at least --role ROLE.',
    roleIsOneOf: (roles: string) => `--role is one of: ${roles}.`,
    doesNotApply: (option: string, role: string) => `--${option} does not apply to the role ${role}.`,
    notBoth: (what: 'person' | 'profile', option: string) =>
      `Give the ${what} either with --input or with options (--${option}), not both.`,
    theCase: 'The case',
    nameCase: 'Name the case: --case CASE (its reference or id).',
    what: 'person profile',
    added: (code: string, role: string, reference: string, id: string) =>
      `Added ${code} (${role}) to ${reference}. Id: ${id}`,
    sayWhatChanges: 'Say what changes: --input FILE|- or an option.',
    roleNeverChanges: (code: string, role: string) => `${code} has the role ${role}; a role never changes.`,
    updated: (code: string, reference: string) => `Updated ${code} in ${reference}.`,
    namePerson: (subcommand: string) => `Name the person: casefile person ${subcommand} V-01 --case CASE.`,
    addTakesNoPerson: 'person add takes no person: its code is assigned.',
    /** `casefile person show`: the first line, and what a field holds when it is not a recorded value. */
    shown: (code: string, role: string, reference: string, id: string) =>
      `${code} — ${role}, in ${reference}. Id: ${id}`,
    guardianImplicated: 'exception recorded (the guardian is implicated)',
    everySubject: 'not recorded (her closure letter reads every subject of the case)',
    noIdentity: 'none',
  },

  interview: {
    notesFile: (path: string) => `the notes file ${path}`,
    stdin: 'stdin',
    notesTooLarge: (where: string) => `The notes in ${where} are larger than 4 MiB.`,
    giveNotes: 'Give the notes as plain text: --notes-file FILE (or - for stdin).',
    notUtf8: (where: string) => `The notes in ${where} are not valid UTF-8.`,
    givePlace: 'Give the arrangements with --input FILE|-, or at least --place-type TYPE.',
    notBoth: (option: string) => `Give the arrangements either with --input or with options (--${option}), not both.`,
    theCase: 'The case',
    theInterviewee: 'The interviewee',
    nameCaseAndPerson: 'Name the case and the interviewee: --case CASE --person PERSON.',
    arrangements: 'arrangements',
    reason: 'reason (--reason TEXT)',
    planned: (code: string, at: string | undefined, reference: string, id: string) =>
      `Planned the interview of ${code}${at === undefined ? '' : ` of ${at}`} in ${reference}. Id: ${id}`,
    nameInterview: (subcommand: string) => `Name the interview: casefile interview ${subcommand} INTERVIEW_ID.`,
    conducted: (code: string, at: string | undefined) =>
      `Recorded the interview of ${code}${at === undefined ? '' : ` of ${at}`} as conducted.`,
    notesSaved: (code: string, at: string | undefined, revision: number) =>
      `Saved the notes of the interview of ${code}${at === undefined ? '' : ` of ${at}`} (revision ${revision}).`,
    signed: (code: string, at: string | undefined) =>
      `Signed the interview of ${code}${at === undefined ? '' : ` of ${at}`}: its notes are version 1, ` +
      'read-only; changes are amendments.',
    amended: (code: string, at: string | undefined, version: number) =>
      `Amended the interview of ${code}${at === undefined ? '' : ` of ${at}`}: version ${version}; ` +
      'every earlier version stays readable.',
    addTakesNoId: 'casefile interview add takes no interview id; it prints the new one.',
  },

  letter: {
    headings: {
      template: 'TEMPLATE',
      recipient: 'RECIPIENT',
      languages: 'LANGUAGES',
      version: 'VERSION',
      name: 'NAME',
    },
    edited: '(edited)',
    sayCase: 'Say which case: --case REF.',
    lettersFor: (reference: string) => `Letters for ${reference}:`,
    applies: 'applies',
    appliesTo: (codes: readonly string[]) => `applies (${codes.join(', ')})`,
    doesNotApply: (reason: string) => `does not apply: ${reason}`,
    exceptionPossible: 'may be made as an exception (--exception-reason)',
    more: (count: number) => `… and ${count} more (letter render names one and says whether it applies)`,
    sayCaseAndTemplate: 'Say which case and template: --case REF --template ID.',
    particularsRefused: (problems: string) => `The letter's particulars (--input) are refused: ${problems}.`,
    nameAdvocate: 'Name the advocate too: --advocate NAME.',
    addressee: 'The addressee (recipientName)',
    checkFirst: 'The letter was not made. Check first:',
    despiteWarnings: 'Give what is missing in --input, or add --despite-warnings to make it as it stands.',
    notWritten: 'The letter was registered but not written.',
    registered: (
      template: string,
      version: number,
      language: string,
      reference: string,
      path: string,
      sha256: string,
    ) => `Registered ${template} v${version} (${language}) for ${reference} and wrote ${path} (SHA-256 ${sha256}).`,
    withheld: (codes: readonly string[]) => `Identities withheld (no consent for this recipient): ${codes.join(', ')}.`,
    exception: 'Made as an exception: it does not apply to the case as it stands.',
    discreet: 'Discreet form: no letterhead or emblem, neutral headings.',
    exporting: (reference: string) => `Exporting the letters of ${reference}`,
    wrote: (files: number, folder: string) => `Wrote ${files} ${files === 1 ? 'file' : 'files'} into ${folder}:`,
    closureGroundNeeds: long(
      'Say which case and victim, the ground, who decided and when: ',
      '--case --victim --ground --decided-by --decided-on.',
    ),
    closureRecorded: (code: string, reference: string, ground: string, decidedBy: string, decidedOn: string) =>
      `Recorded for ${code} in ${reference}: ${ground}, decided by ${decidedBy} on ${decidedOn}.`,
  },

  bundle: {
    nameBundle: (subcommand: string) => `Name the bundle: casefile bundle ${subcommand} FILE.casefile.`,
    kind: 'a bundle (.casefile)',
    passphrase: 'bundle passphrase',
    signedByContact: (name: string, verified: boolean, fingerprint: string) =>
      `Signed by ${name}, ` +
      `${verified ? 'a verified contact' : 'a contact NOT YET VERIFIED (compare safety numbers)'}; ` +
      `signing key ${fingerprint}.`,
    signedByStranger: (fingerprint: string | null) =>
      `Signed by someone NOT in your contacts (signing key ${fingerprint ?? 'not given'}).`,
    unsigned: 'NOT signed: nothing says who made it.',
    omitted: { identities: "the people's identities", letter_files: "the letters' files" },
    leftOut: (omitted: readonly string[]) => `Left out by the sender: ${joinAnd(omitted)}.`,
    counts: (kind: string, added: number, changed: number, kept: number, same: number, conflicting: number) =>
      `  ${kind}: ${added} new, ${changed} newer (taken), ${kept} kept as they are here (changed only here), ` +
      `${same} the same${conflicting > 0 ? `, ${conflicting} changed on both sides` : ''}`,
    bundled: (reference: string, at: string, here: boolean) =>
      `Case ${reference}, bundled ${at}${here ? ' (already in this vault)' : ''}.`,
    arrivesAs: (sender: string, reference: string) =>
      `The sender's reference ${sender} is another case's here: it arrives as ${reference}.`,
    evidenceFiles: (files: number, size: string) =>
      `${files} evidence ${files === 1 ? 'file' : 'files'} (${size}), every one checked.`,
    imported: 'Imported.',
    dryRun: 'Nothing was written (dry run).',
    noContact: (name: string) => `No contact is named ${name}; see casefile contact list.`,
    sameName: (count: number, name: string) =>
      `${count} contacts are named ${name}. Name the one you mean by its id or its age1… recipient ` +
      '(see casefile contact list).',
    nameCase: 'Name the case: casefile bundle export CASE --to FILE.casefile.',
    sayWhere: 'Say where to write the bundle: --to FILE.casefile.',
    fileExists: (file: string) => `${file} already exists; name a new file.`,
    recipientsOrPassphrase:
      'Encrypt the bundle either to --recipient (contacts or age1… keys) or --bundle-passphrase-file F.',
    withoutTakes: (accepted: string) => `--without takes: ${accepted}.`,
    notStarted: 'No bundle was started.',
    exportSaidNothing: 'The export ended without saying what it wrote.',
    exporting: 'Exporting',
    checking: 'Checking',
    importing: 'Importing',
    written: (reference: string, file: string, size: string) =>
      `Case ${reference} written to ${file} (${size}, encrypted with age).`,
    manifest: (sha256: string) => `Manifest SHA-256: ${sha256}`,
    notYetVerified: (names: readonly string[]) =>
      `Not yet verified: ${names.join(', ')}. Compare safety numbers before sending the file.`,
    importNotStarted: 'No import was started.',
    importSaidNothing: 'The import ended without saying what it read.',
    notAConflict: (key: string) => `${key} is not a record changed on both sides in this bundle; nothing was imported.`,
    verified: (reference: string, at: string) =>
      `OK: case ${reference}, bundled ${at}; every entry matches its SHA-256.`,
    verifiedCounts: (entries: number, files: number, size: string) =>
      `${entries} ${entries === 1 ? 'entry' : 'entries'}, ` +
      `${files} evidence ${files === 1 ? 'file' : 'files'} (${size}).`,
    conflict: (number: number, record: string) => `Conflict ${number}: ${record} was changed here and in the bundle.`,
    changedOnBothSides: (field: string, here: string) => `${field}, changed on both sides: here ${here}`,
    inTheBundle: (there: string) => `in the bundle ${there}`,
    taken: (field: string, there: string, here: string) =>
      `${field}, changed only in the bundle: ${there} is taken (here ${here})`,
    kept: (field: string, here: string, there: string) =>
      `${field}, changed only here: ${here} is kept (in the bundle ${there})`,
    takeTheirs: (key: string) =>
      `This vault's value is kept where both changed it; to take the bundle's: --take-theirs ${key}`,
  },

  /** A moment on a clock, its zone named: the mission's, or the one recorded with it. */
  instant: (date: string, zone: string) => `${date} (${zone})`,

  /** What the evidence and custody commands share: an item by number, a new file, a job's progress. */
  evidenceFiles: {
    numberNeedsCase: (ref: string) => `${ref} is a number within a case: add --case CASE.`,
    noSuchItem: (ref: string, reference: string) => `There is no ${ref} in ${reference}.`,
    giveItem: 'Give the item by number (E-0001, with --case) or by id.',
    sayWhere: (option: string) => `Say where to write the file: --${option} PATH.`,
    pathTaken: (path: string) => `${path} already exists; choose another path (nothing is overwritten).`,
    filesDone: (done: number, total: number) => `${done} of ${total} ${total === 1 ? 'file' : 'files'}`,
    rowsDone: (done: number, total: number) => `${done} of ${total} audit ${total === 1 ? 'row' : 'rows'}`,
    bytesDone: (done: string, total: string | undefined, percent: number | undefined, rate: string) =>
      `${done}${total === undefined ? '' : ` of ${total}`}${percent === undefined ? '' : ` ${percent}%`}, ${rate}`,
    cancelled: (label: string) => `${label} was cancelled; nothing was kept.`,
  },

  /** Each command's help: its line in the list, its options, and its page (`casefile <command> --help`). */
  commands: {
    init: {
      summary: 'Create a vault in the folder; shows its recovery key once.',
      options: {},
      details: [
        'Creates an encrypted vault in the --vault folder (created if missing; it must not hold a vault).',
        'The passphrase comes from --passphrase-file or $CASEFILE_PASSPHRASE; otherwise it is asked twice',
        'at a hidden prompt. The recovery key is printed once (with --json: {"recoveryKey": "..."}).',
        'The mission\'s time zone (whose "today" and "end of the day" the deadlines use) starts as this',
        "computer's; change it with casefile call clocks.update.",
      ],
    },
    unlock: {
      summary: 'Check that the passphrase (or the recovery key) opens the vault.',
      options: {
        check: 'Only verify the secret.',
      },
      details: [
        'Opens the vault with the secret and locks it again; prints OK and exits 0, or exits 3 on a wrong',
        'secret. Every other command unlocks the vault for itself, for as long as it runs, so --check is',
        'the only form.',
      ],
    },
    passwd: {
      summary: 'Change the passphrase (the recovery key stays the same).',
      options: {
        'new-passphrase-file': 'Read the new passphrase from FILE (one trailing newline is ignored).',
      },
      details: [
        'The current passphrase comes from --passphrase-file, $CASEFILE_PASSPHRASE or a hidden prompt; after a',
        'forgotten passphrase, give the recovery key with --recovery-key-file instead. The new passphrase comes',
        'from --new-passphrase-file, ${{newPassphraseVariable}} or a hidden prompt (asked twice).',
        'Only the wrapped data key in vault.json is rewritten; the data is not re-encrypted.',
      ],
    },
    methods: {
      summary: 'List every API method with what it does and its input JSON Schema (for developers and integrators).',
      options: {},
      details: [
        'These are the methods `casefile call` (and the desktop app) can invoke. With --json: an array of',
        '{name, summary, whileLocked, touchesSession, input, output}, input and output as JSON Schema.',
        'What a method does (summary) is written in the language the command line speaks (--ui-lang); names,',
        'keys and schemas are the same in every language: a script reads those.',
      ],
    },
    call: {
      summary: 'Invoke any API method with JSON input; prints the JSON reply.',
      options: {
        input: 'JSON input from FILE, or from stdin with -.',
      },
      details: [
        'Sends the JSON input (a file, - for stdin, or {} by default) to METHOD through the same router',
        'as the desktop app. Methods that need the vault unlocked unlock it first with the passphrase',
        '(or --recovery-key-file). The reply value is printed as JSON; a failure exits non-zero.',
        'Run `casefile methods` to list the methods and their input schemas.',
      ],
    },
    case: {
      summary: long(
        'Open a case at intake, list cases (filtered, sorted), show one with its history ',
        'and people, or keep it out of the published count.',
      ),
      options: {
        title: 'create: working title (pseudonyms only, never a name).',
        received: 'create: date received, YYYY-MM-DD.',
        entity: 'create: mission or entity, e.g. MINUSCA.',
        channel: 'create: how the allegation was reported.',
        confidentiality: 'standard, confidential (default) or strictly_confidential.',
        urgent: 'create: mark urgent; list: only urgent cases.',
        status: 'list: only cases in these statuses.',
        category: 'list: only cases of these categories.',
        archived: 'list: include archived cases.',
        sort: 'list: sort order (default updatedAt:desc).',
        ground: 'exclusion: why the report is not counted (A/72/751 footnote 11).',
        reason: 'exclusion: the reason, in your words.',
        clear: 'exclusion: count the case again.',
      },
      details: [
        'create: the intake as JSON with --input (what the cases.create method takes), and/or options for',
        '  the common fields: --title, --received (date received), --entity (mission), --channel (how it was',
        '  reported: in_person, hotline, email_or_letter, community_based_complaint_mechanism, un_personnel,',
        '  partner_organisation, national_authorities, media, other), --urgent, --confidentiality.',
        '  Options marked [required for create] are needed unless --input gives those fields.',
        '  A field given both in the input and by option must agree. Prints the new reference.',
        'list: --status S1,S2, --category {{categories}}, --urgent, --archived (include archived cases),',
        '  --sort KEY[:asc|desc] with KEY one of {{sortKeys}}.',
        '  Statuses: {{statuses}}.',
        'show CASE: the case by reference (CF-2026-0001) or id: its fields, status history and people by',
        '  pseudonym code. Names are never printed; a strictly confidential location is not printed either.',
        'exclusion CASE: keep the case out of the published statistics (A/72/751 footnote 11) with --ground',
        '  ({{grounds}})',
        '  and --reason TEXT; --clear counts it again. The case stays in the file; the change is audited.',
        'With --json: create prints the case record, list {items}, show {case, people}, exclusion the case record.',
      ],
    },
    person: {
      summary: long(
        'Add a person to a case (the pseudonym code, V-01, S-01…, is assigned and ',
        'printed), change their profile, or show it by codes.',
      ),
      options: {
        case: 'The case, by reference (CF-2026-0001) or id.',
        role: 'victim, witness, subject, reporter, guardian, interpreter or support_person.',
        sex: 'Victim or witness: female, male or unknown (default).',
        'age-band': 'Victim or witness: adult, minor or unknown (default).',
        language: 'Spoken language as a BCP 47 tag (fr, sg, ar-SD).',
        guardian: "Victim: the guardian's code (G-01) or id.",
        subjects: 'Victim: the subjects her allegation is against, comma-separated codes (S-01,S-02) or ids.',
        'personnel-category': long(
          'Subject: civilian_int, civilian_ns, civilian_unv, military_mc, military_mo, ',
          'police_unpol, police_fpu, contractor, non_un_force, implementing_partner or ',
          'unknown.',
        ),
        rank: 'Subject: military or police rank, or staff grade.',
        'investigating-entity': long(
          'Subject: who investigates (oios, tcc_pcc, joint_tcc_oios, mission_siu, ',
          'un_police, ad_hoc_panel, agency_investigators); default tcc_pcc for military_mc ',
          'and police_fpu, else oios.',
        ),
        nationality: 'Subject: ISO 3166-1 alpha-3 country code.',
        unit: 'Subject: unit or contingent.',
        function: 'Subject: function.',
        'un-personnel': 'Reporter: is UN personnel.',
        relationship: 'Guardian: parent, relative, legal_guardian, appointed_representative, other.',
        languages: 'Interpreter: languages, comma-separated.',
        vetted: 'Interpreter: has been vetted.',
        'support-kind': 'Support person: psychosocial_worker, trusted_adult, ngo_representative, other.',
        confidentiality: 'standard, confidential (default) or strictly_confidential.',
      },
      details: [
        'The person is given either as JSON with --input (what the people.add method takes:',
        '{"profile": {...}, "identity": {...}}, with "caseId" optional when --case is given), or with',
        'options for the profile: --role victim|witness|subject|reporter|guardian|interpreter|support_person,',
        'then the options that apply to the role. Identity fields (names, contacts, date of birth) are',
        'accepted only in --input, never as options: a command line stays in the shell history.',
        'A guardian (--guardian, or profile.guardianPersonId) may be given by code (G-01) or id, and so may the',
        "subjects a victim's allegation is against (--subjects S-01,S-02, or profile.allegedSubjectIds): her",
        'closure letter then tells how the matter ended for her from their findings (left out: every subject).',
        'edit PERSON (code or id) lays the options over the profile recorded (--subjects none removes the link),',
        'or replaces it with --input {"profile": {...}}; the role never changes. show PERSON prints the profile,',
        'the people it names by code, and which identity fields are recorded (never their values).',
      ],
    },
    consent: {
      summary: "Append a consent decision (given, refused, withdrawn) to a person's history.",
      options: {
        person: 'Whose consent: code (V-01) or id.',
        purpose: 'What the consent is for (see above).',
        decision: 'given, refused or withdrawn.',
        by: 'self (default) or guardian.',
        guardian: 'The deciding guardian: code (G-01) or id; implies --by guardian.',
        'decided-at': 'When the person decided, with its zone (2026-03-02T10:30Z); default now.',
        recipient: 'Limit the decision to one recipient.',
      },
      details: [
        'The decision is given either as JSON with --input (what the consents.record method takes), or',
        'with options. Purposes: interview, recording, medical_exam, forensic_sampling,',
        'referral_to_services, sharing_with_national_authorities, un_disciplinary_process (sharing with',
        "the UN's disciplinary process: a letter to human resources or the UNV programme needs it), or",
        'custom:<label>. For a minor, the',
        "guardian's decision is the consent (--by guardian --guardian G-01) and the child's own",
        '(--by self) is the assent: both are needed. People may be given by code (V-01) with --case.',
        'Without --decided-at the decision is dated now. The history is never edited: a change of mind',
        'is a new decision; only a consent in force can be withdrawn.',
      ],
    },
    assistance: {
      summary: 'Offer assistance to a victim and follow the referral to its provider, step by step.',
      options: {
        victim: 'The victim: V-01 or id.',
        service: 'The service (see above).',
        provider: 'The provider (needed before the referral).',
        advocate: 'The victims’ rights advocate involved.',
        referral: 'The referral’s id (see list).',
        status: 'The next step (see above).',
        reason: 'Why it was not completed (or refused).',
        at: 'When it happened, with its zone; default now.',
      },
      details: [
        'offer: --victim (V-01 or id), --service (medical, psychosocial, legal, shelter, livelihood,',
        'education, child_support), optionally --provider and --advocate (the victims’ rights advocate).',
        'An offer needs no consent: it is made whether or not the victim takes part in the investigation.',
        'update --referral ID --status: accepted or refused (from offered), in_progress (the referral to',
        'the provider, from accepted: it needs the provider and the victim’s consent to referral_to_services',
        'for that provider, see casefile consent record), then completed or not_completed (with --reason).',
        'Without --at a step is dated now. list: the referrals of the case, or of one victim (--victim).',
      ],
    },
    'victim-contact': {
      summary: 'Log each contact with a victim (when, who, how, language, interpreter, what was told).',
      options: {
        victim: 'The victim: V-01 or id.',
        by: 'Who from the team made the contact.',
        how: 'How (see above).',
        language: 'The language used.',
        told: 'What the victim was told.',
        interpreter: 'The interpreter: I-01 or id.',
        note: 'A confidential note.',
        at: 'When, with its zone; default now.',
      },
      details: [
        'log: --victim (V-01 or id), --by (who from the team), --how (in_person, phone, message,',
        'intermediary, letter), --language (fr, sg, ar-SD…), --told (progress, outcome, assistance,',
        'comma-separated), optionally --interpreter (I-01: an interpreter of the case) and --note',
        '(confidential). Without --at the contact is dated now. The delivery of a closure letter, once',
        'recorded, is logged as a contact by itself. list: the contacts of the case, or with one victim',
        '(--victim).',
      ],
    },
    investigation: {
      summary: 'Record investigative actions and forensic examinations (requested, done, refused, not possible).',
      options: {
        kind: 'What was done (see above).',
        by: 'Who asked for it.',
        person: 'The person concerned: V-01, S-01 or id.',
        evidence: 'Linked evidence items, comma-separated.',
        description: 'What was asked for (pseudonyms only).',
        'requested-at': 'When it was asked for; default now.',
        outcome: 'done, refused or not_possible.',
        'outcome-at': 'When it ended; default now.',
        result: 'What it gave (confidential).',
        reason: 'Why refused or not possible.',
        qualified: 'Examination by a qualified provider.',
        action: 'The action to conclude.',
      },
      details: [
        'record: --kind (forensic_medical_exam, toxicology_sample, cctv_request, phone_data_preservation,',
        'subject_reference_sample, site_visit, document_request, reputation_restoration, other), --by (who',
        'asked), optionally --person (V-01 examined or sampled, S-01 sampled or cleared), --evidence',
        '(E-0001,E-0002), --requested-at (default now) and --description. An action already ended takes',
        '--outcome (done, refused, not_possible) with --outcome-at (default now), --result or --reason,',
        'and for an examination done --qualified yes|no. The deadline the action answers is closed with it',
        '(an examination done or refused, a CCTV or phone data request sent). conclude: --action ID and',
        '--outcome (with --outcome-at, --result, --reason, --qualified) for an action requested earlier.',
        'list: the actions of the case.',
      ],
    },
    finding: {
      summary: "Record a subject's finding (or correct it), or list a case's findings.",
      options: {
        person: 'The subject: S-01 or id.',
        outcome: 'What was decided.',
        'decided-by': 'Who decided it.',
        'decided-on': 'The day it was decided.',
        report: "The investigation report's reference.",
        ground: long(
          'Closed without investigation: victim_declined_to_participate, ',
          'subject_not_identified, subject_separated_from_service or other.',
        ),
        reason: 'Closed without investigation: why, in words.',
        'correction-reason': 'Why the finding in force is corrected.',
      },
      details: [
        'record: --person (S-01 or id), --outcome substantiated|not_substantiated|insufficient_evidence|',
        'closed_without_investigation, --decided-by (oios, tcc_pcc, joint_tcc_oios, mission_siu, un_police,',
        'ad_hoc_panel, agency_investigators), --decided-on YYYY-MM-DD, and --report REF after an',
        'investigation, or --ground and --reason when closed without investigation. A subject that has a',
        'finding is corrected with --correction-reason: the earlier finding is kept. Once every subject',
        "of the case has a finding, the case's closed status follows from them.",
        'list: every finding of the case (or of --person), each version, oldest first.',
      ],
    },
    action: {
      summary: 'Record what was done about a subject (interim measures, repatriation, bar, dismissal, referral…).',
      options: {
        subject: 'The subject: S-01 or id.',
        kind: 'The action (see above).',
        source: 'Who decided or reported it.',
        reference: "The decision's or report's reference.",
        description: 'What was done.',
        at: 'When, with its zone; default now.',
      },
      details: [
        'record: --subject (S-01 or id), --kind (administrative_leave, payments_withheld, repatriation,',
        'barred_from_future_service, dismissal_or_separation, referral_to_national_authorities,',
        'screening_database_entry, state_reported_action, reputation_restoration, other), --source (mission,',
        'oios, member_state, contributing_country, organisation, other), optionally --reference (the',
        "decision's or report's reference; needed with --source other) and --description (needed with",
        '--kind other). Without --at the action is dated now. list: the actions of the case, or of one',
        'subject (--subject).',
      ],
    },
    followup: {
      summary: 'The follow-up register: referrals and notifications awaiting a reply, and the replies received.',
      options: {
        to: 'Who it was sent to.',
        kind: 'referral or notification.',
        subject: 'The subject it concerns: S-01 or id.',
        addressee: 'The institution written to.',
        note: 'A confidential note.',
        'sent-at': 'When it was sent, with its zone; default now.',
        item: 'The follow-up item.',
        letter: 'The letter to link (letter list).',
        summary: 'What the reply says.',
        'action-reported': 'The action the reply reports.',
        at: 'When the reply was received; default now.',
      },
      details: [
        'A referral or notification letter generated by Casefile opens its item by itself. open: for one',
        'sent outside Casefile, --to (member_state, contributing_country, office), --kind (referral,',
        'notification), optionally --subject (S-01), --addressee, --note and --sent-at (default now); its',
        'reply is due on the clock "Reply to a referral or notification" (Settings). reply: --item ID,',
        '--summary, optionally --action-reported and --at (default now); the first reply closes the',
        'deadline. link: --item ID --letter ID adds a letter of the register (a reminder, a follow-up',
        'letter) to the exchange. list: the items of the case with their state and reply due.',
      ],
    },
    paternity: {
      summary: 'Record the children of a paternity claim, their DNA steps, Member State contact and support.',
      options: {
        child: 'The child record: C-01 or id.',
        mother: 'The mother: V-01 or id.',
        subject: 'The alleged father: S-01 or id.',
        born: 'Date of birth, or its estimate.',
        'reported-on': 'When the claim was made.',
        status: 'Where the claim stands (see above).',
        'dna-taken': 'The day the DNA sample was taken.',
        'dna-sent': 'The day it was sent for analysis.',
        'dna-result': 'match, no_match or inconclusive.',
        'dna-result-on': 'The day the result was received.',
        state: 'The Member State contacted.',
        'contacted-on': 'The day it was contacted.',
        'contact-how': 'How it was contacted (see above).',
        'support-amount': 'Support ordered or paid, with currency.',
        'support-ordered-on': 'The day support was ordered.',
        'support-paid-on': 'The day support was last paid.',
      },
      details: [
        'add: --mother (a victim: V-01 or id), --subject (S-01 or id), --reported-on YYYY-MM-DD, and',
        '--born (2025-11-20, 2025-11, 2025 or unknown; default unknown). Status: reported (default),',
        'under_assessment, dna_requested, established, not_established or withdrawn. The child gets the',
        "next code (C-01, C-02…), never reused. update --child C-01: the options given change the record's",
        'fields, the others stay. DNA: --dna-taken, --dna-sent, --dna-result match|no_match|inconclusive',
        "with --dna-result-on; a sample needs the mother's (or guardian's) consent to forensic_sampling",
        '(casefile consent record). Member State: --state, --contacted-on, --contact-how (note_verbale,',
        'letter, email, meeting, telephone, other). Support: --support-amount, --support-ordered-on,',
        "--support-paid-on. --input takes the whole record as JSON instead. list: the case's children.",
      ],
    },
    interview: {
      summary: 'Plan an interview, record it conducted, save its notes, sign it, amend it.',
      options: {
        case: 'The case, by reference (CF-2026-0001) or id.',
        person: 'add: the interviewee, by code (V-01) or id.',
        'place-type': 'add: un_office, safe_house, ngo_premises, medical_facility, …',
        'scheduled-at': 'add: when it is planned.',
        'time-zone': "add: the place's IANA time zone (Africa/Bangui).",
        private: 'add: the place is private.',
        language: 'add: the language of the interview (BCP 47).',
        recorded: 'add: audio or video recording (needs its own consent).',
        interpreter: 'add: the interpreter, by code (I-01) or id.',
        'conducted-at': 'conduct: when it took place (default now).',
        'signed-at': 'sign: when it was signed (default now).',
        reason: 'amend: why the signed record changes.',
        'notes-file': 'notes, amend: the notes as plain text.',
      },
      details: [
        'add --case CASE --person PERSON [--input FILE|-]: plan an interview. --input takes the',
        '  interviews.plan JSON ({"arrangements": {...}}, caseId and personId optional), or use the options',
        '  --place-type (required), --scheduled-at, --time-zone, --private, --language, --recorded, --interpreter.',
        '  People may be given by code (V-01) or id. Prints the interview id the other subcommands take.',
        'conduct ID [--conducted-at TIME]: record that it took place (refused without the consents the',
        '  principles require, with the rule and its fix).',
        'notes ID --notes-file FILE|-: save plain-text working notes (one paragraph a line) before signature.',
        'sign ID [--signed-at TIME]: sign; the notes become version 1, read-only.',
        'amend ID --reason TEXT --notes-file FILE|-: a new version of the signed notes, with its reason.',
        'Times take their zone: 2026-03-02T10:30Z or 2026-03-02T10:30+01:00; the default is now.',
      ],
    },
    evidence: {
      summary: long(
        'Add a file to the evidence log (encrypted, hashed as read), re-verify content, ',
        "export a file, or write a case's verification report (PDF or DOCX).",
      ),
      options: {
        case: 'The case, by reference (CF-2026-0001) or id.',
        type: 'add: the kind of item (default digital; the kinds are listed above).',
        description: 'add: what the item is (default: the file name).',
        item: 'add: an existing item (E-0001 or id) to add the file to.',
        all: 'verify: every item of the vault.',
        to: 'export, report: the file to write (must not exist yet).',
        content: 'export: which file of the item.',
        out: 'provenance: a new folder for the files openssl checks; verification-report: the file to write.',
        format: 'verification-report: pdf or docx (default pdf).',
        lang: 'verification-report: en, fr or ar (default en).',
      },
      details: [
        'add FILE: logs a new item in --case (type digital unless --type; description the file name',
        'unless --description) or adds to an existing one with --item, and streams the file into the',
        'vault, encrypted; its SHA-256 and size are recorded. Progress is shown on a terminal. A new item',
        'is logged together with its file: interrupted, the command leaves neither behind.',
        'verify ITEM | --all: decrypts and re-hashes the files of one item or of every item; a file that',
        'fails is flagged in the vault and reported (code VAULT_CORRUPT, exit 7).',
        'export ITEM --to PATH: writes a file of the item (--content ID when it holds several) in plain',
        'text to PATH, after checking its hash; the export is audited. PATH must not exist.',
        'provenance ITEM: the signed provenance of each file of the item (SHA-256, size, collection time,',
        "collector, case, item, signed with this vault's Ed25519 key at ingest); --out DIR writes each",
        'statement, its signature and the public key, for openssl pkeyutl -verify -pubin -rawin.',
        'verification-report CASE --out FILE: for a court or an authority, every file of the case with its',
        "SHA-256, custody chain, provenance signature and signer's key, and how to check each with sha256sum",
        'and openssl; --format pdf (default) or docx, --lang en (default), fr or ar; audited. FILE must not exist.',
        'An item is given by id, or by number (E-0001) with --case.',
        'Types (--type): {{types}}.',
      ],
    },
    custody: {
      summary:
        'Log a chain-of-custody event for an evidence item, list its chain, or write its custody report (PDF or DOCX).',
      options: {
        kind: 'add: what happened.',
        at: 'add: when, with its zone (default: now).',
        'time-zone': 'add: the zone to show the time in (Africa/Bangui).',
        from: 'add: who handed the item over.',
        to: 'add: who received the item; report: the file to write (must not exist).',
        persons: 'add: who acted or witnessed, comma-separated.',
        purpose: 'add: why.',
        seal: 'add: the seal applied or found.',
        location: 'add: where.',
        note: 'add: anything else.',
        'no-recheck': 'add: do not re-hash the files at this event.',
        format: 'report: pdf or docx (default pdf).',
        lang: 'report: en, fr or ar (default en).',
      },
      details: [
        'add: --kind {{kinds}}; --at defaults to now; a hand-over needs',
        '--from and --to, a sealing --seal. Hand-overs, openings, copies, examinations and returns',
        're-hash the item’s files and keep the result on the event (--no-recheck to skip); a file that',
        'fails is flagged (exit 7). Events are append-only: one dated before the last is refused.',
        'With --input, the event as JSON (what custody.add takes, without itemId).',
        'report ITEM --to PATH: the report listing the item, its files’ SHA-256 and every event; audited.',
        '--format pdf (default) or docx; --lang en (default), fr or ar: the language the report is written in.',
        'An item is given by id, or by number (E-0001) with --case.',
      ],
    },
    timeline: {
      summary:
        "A case's chronology: incidents, milestones, interviews, evidence, custody, status changes and manual events.",
      options: {
        fr: 'The same as --ui-lang fr.',
      },
      details: [
        'CASE is the reference (CF-2026-0001) or id. Each date is printed as it was stated, with its',
        'precision; whether the event is established or only reported by a source; and whether it was',
        'written by hand (manual) or read from the case file (derived). Events of unknown date are listed',
        'apart. People appear by pseudonym code, evidence by number. Derived titles are in the language of',
        'these messages.',
        'Order: {{ordering}}',
        'With --json: {caseId, reference, dated, undated, ordering}.',
      ],
    },
    deadlines: {
      summary:
        'Rapid-response deadlines and case benchmarks, most urgent first; close one by recording the action taken.',
      options: {
        all: 'Include closed deadlines.',
        explain: 'Say how each deadline was computed.',
        fr: 'The same as --ui-lang fr.',
        action: 'close: the action taken.',
        at: 'close: when it was taken (default now).',
      },
      details: [
        'Without a subcommand: the open deadlines of every case not archived (or of --case), overdue first,',
        "then the soonest due, each with its countdown, due times on the mission's clock (its time zone heads",
        'the column). --all adds closed ones; --explain says how each was computed.',
        'Subjects appear by pseudonym code, evidence by number, never by name.',
        'close ID: ID is the id or its first characters as the list prints them; --action says what was done',
        '  (required), --at when (default now; with its zone, e.g. 2026-03-02T10:30Z). After the due moment it',
        '  is recorded as closed late.',
        'With --json: the list prints {items, at}; close prints the closed deadline.',
      ],
    },
    letter: {
      summary: long(
        'List the letter templates, say which letters a case calls for, or make a ',
        'letter: registered (encrypted) in the vault and written to --out.',
      ),
      options: {
        case: 'The case, by reference (CF-2026-0001) or id.',
        template: 'render: the template (see letter templates).',
        lang: 'render: en, fr or ar (default en).',
        format: 'render: pdf or docx (default pdf); export-all: pdf, docx or pdf,docx.',
        out: 'render: the file to write; export-all: the folder to make (neither may exist).',
        all: 'export-all: every letter of the case, not only the closure letters.',
        recipient: 'render: the addressee, as the letter names it.',
        victim: 'render, closure-ground: the victim of a closure letter (V-01 or id).',
        advocate: "render: the victims' rights advocate a closure letter gives (required for one).",
        'advocate-phone': "render: the advocate's telephone.",
        'advocate-email': "render: the advocate's email.",
        discreet: 'render: a closure letter in the discreet form, for delivery to a home.',
        ground: 'closure-ground: why the matter closed for her.',
        'decided-by': 'closure-ground: who decided it.',
        'decided-on': 'closure-ground: when (YYYY-MM-DD).',
        reason: 'closure-ground: for the ground "other", the reason as she will read it.',
        subject: 'render: the subject of a referral (S-01 or id).',
        'exception-reason': 'render: make a referral that does not apply, as an exception, for this reason.',
        input: "render: the letter's particulars as a JSON object (FILE, or - for stdin); see below.",
        'despite-warnings':
          'render: make the letter although it has warnings (a placeholder signatory, a past reply date…).',
      },
      details: [
        'render merges the case into the template after the consent filter: a person whose recorded',
        'consent does not cover the recipient appears as pseudonym, age band and sex. The letter is kept',
        'in the register with the SHA-256 of its file; --out must not exist (nothing is overwritten).',
        'Closure letters name their victim (--victim V-01); referrals their subject when there are several.',
        "applicable says, for each kind of letter, whether the case's facts call for it and for which subjects",
        '(by personnel category, and for referrals after the investigation, a substantiated finding), or why not;',
        'for a closure letter, each victim by code, whether it is hers now (her subjects’ findings) and why not.',
        'A referral that does not apply is made only as an exception: --exception-reason gives the reason, kept in',
        'the register (the audit trail records that an exception was made). A closure letter is never an exception.',
        "export-all writes the case's closure letters (every letter with --all) into the new folder --out, showing",
        'its progress on stderr; stopped (Ctrl-C), it leaves no folder and no file.',
        '--input gives the particulars a legal officer signs, as JSON: {"reference", "noteNumber" (note verbale or',
        'OLA number), "reportReference", "replyBy" (YYYY-MM-DD; default: the follow-up reply clock from today),',
        '"author": {"name", "title"} (the signatory), "contact": {"name", "title", "email", "phone", "address"},',
        '"recipientName", "recipientAddress", "place", "particulars", "findings", "interimMeasures",',
        '"subjectComments", "dueProcess", "annexes": ["title", ...]}. A letter with warnings (no signatory or a',
        'placeholder one, a placeholder contact, a reply date not after today, no report reference or note number)',
        'is not made unless --despite-warnings is given; the warnings are listed.',
        "A closure letter is in the victim's recorded language unless --lang says otherwise; it gives the contact",
        "of the victims' rights advocate (--advocate NAME, required) and, with --discreet, is made in the discreet",
        'form for delivery to a home: no letterhead or emblem, headings that do not say what it is about.',
        'closure-ground records why the matter closed for one victim (victim_declined_to_participate,',
        'subject_not_identified, subject_separated_from_service, or other with --reason in words for her), who',
        'decided it (oios, tcc_pcc, mission_siu, ...) and when; her closure_other letter says it.',
      ],
    },
    letterhead: {
      summary: long(
        "Use the office's own letterhead, imported from a Word document, in every ",
        'letter; or go back to the shipped one.',
      ),
      options: {},
      details: [
        'import FILE.docx: reads the header and footer of the first section of a Word document (its text',
        "lines, and the header's first picture, PNG or JPEG, as the logo) and makes them the letterhead of",
        'every letter not in the discreet form. The import is audited.',
        'show: prints the current letterhead (or says the shipped one is used).',
        'reset: goes back to the shipped letterhead; audited.',
      ],
    },
    stats: {
      summary:
        'Write the anonymised statistics the UN publishes (cases received in a period), with the counting rules.',
      options: {
        from: 'First day received (YYYY-MM-DD).',
        to: 'Last day received (YYYY-MM-DD).',
        mission: 'Only the cases of this mission or entity.',
        category: 'Only this category.',
        status: 'Only cases in this status today.',
        format: 'csv, xlsx, pdf or json.',
        out: 'The file to write (must not exist).',
        lang: 'en (default), fr or ar: the language of the words.',
        'suppress-below': 'Hide counts below N (default 3), or none.',
      },
      details: [
        'Cases are counted by the date they were received, both days included; those marked as not counted',
        long(
          '(A/72/751 footnote 11) appear only in the count of reports not counted. ',
          '--mission keeps one mission or entity,',
        ),
        '--category one of {{categories}}, --status one of {{statuses}}.',
        '--format {{formats}}: CSV is one file, one figure a line (table, row, column,',
        'value); XLSX has a sheet per table and one for the counting rules; the PDF has each table and the rules.',
        'Counts above zero and below --suppress-below ({{min}}–{{max}},',
        'default 3) are replaced by a mark; --suppress-below none shows every count. No name, code, place or free',
        'text is written. Every export is recorded in the audit trail (period, filters, format).',
      ],
    },
    identity: {
      summary: "This vault's keys: the age recipient colleagues encrypt bundles to, and its signing key.",
      options: {
        'export-public': 'Write the public signing key (PEM).',
        'export-identity': 'Write the SECRET age identity.',
        'i-understand': 'Confirm the export of the secret age identity.',
      },
      details: [
        'show: prints the age recipient (age1…) with its QR code, the signing key fingerprint and the',
        'contact card to give colleagues. --export-public FILE writes the public signing key (PEM), with',
        'which anyone checks a signature: openssl pkeyutl -verify -pubin -inkey FILE -rawin -in MSG',
        '-sigfile SIG. --export-identity FILE --i-understand writes the SECRET age identity (for age -d -i',
        'FILE, or to move to a new machine); audited.',
      ],
    },
    contact: {
      summary: "Colleagues' keys: to encrypt case bundles to them and check what they sign.",
      options: {
        card: "The colleague's contact card.",
        name: "The colleague's name.",
        role: 'Their role or organisation.',
        recipient: 'Their age recipient.',
        'signing-key': 'Their public signing key (PEM).',
      },
      details: [
        'add: a colleague from their contact card (casefile identity show prints yours), or from their age',
        'recipient and public signing key (PEM file). A contact is added unverified.',
        'list: every contact, its safety number and whether it was verified.',
        'verify ID: after comparing the safety number with the colleague (it is the same on both',
        'laptops), mark the contact verified; audited.',
      ],
    },
    bundle: {
      summary: 'Hand a case to a colleague as one encrypted file (age), signed by this vault; check and import one.',
      options: {
        to: 'Where to write the bundle (a new file).',
        recipient: 'Contacts (name or id) or age1… recipients.',
        'bundle-passphrase-file': 'The passphrase the bundle is (or was) encrypted with.',
        without: 'Leave out: identities, letter-files.',
        'dry-run': 'Check and preview the import; write nothing.',
        'accept-unknown-signer': 'Import a bundle from a sender not verified.',
        'take-theirs': "Conflicts resolved with the bundle's version.",
      },
      details: [
        'export CASE --to FILE: writes the case (records, every evidence file, custody, audit rows) encrypted',
        'to --recipient (contact names or age1… keys, comma-separated) or to the passphrase in',
        '--bundle-passphrase-file. --without identities leaves out the people’s identities, letters’ recipients,',
        'the reasons for naming someone and the letter files, national contacts and evidence file names; notes,',
        'descriptions and other free text go as written. --without letter-files leaves out the generated letters.',
        'Custody and audit record the hand-over.',
        'import FILE: checks the signature and every SHA-256 before writing anything, then imports in one',
        'step. --dry-run shows what would be added, changed or in conflict. A sender not among your',
        'verified contacts needs --accept-unknown-signer. Conflicts keep this vault’s version unless',
        'named in --take-theirs KEY[,KEY…]. verify FILE: checks a bundle and writes nothing.',
        'The reference age tool opens a bundle too: age -d -i IDENTITY FILE.',
      ],
    },
    check: {
      summary: 'The principles checklist of a case (rules R1–R15 and R5b): every finding with its fix.',
      options: {},
      details: [
        'CASE is the reference (CF-2026-0001) or id. Findings are grouped by severity: blocking, warnings,',
        'reminders. Exit status: 0 when there is no blocking finding (warnings and reminders do not fail),',
        '{{blockingStatus}} when there is at least one. With --json: {caseId, reference, asOf, counts, findings}.',
      ],
    },
    verify: {
      summary: 'Recompute the audit trail’s hash chain; print OK or the first broken row.',
      options: {},
      details: [
        'Reads every audit row, recomputes its hash from the row and the hash before it, and checks the',
        'sequence and the recorded end of the chain. Prints `OK: 12 rows checked` and exits 0; otherwise',
        'reports the first broken row and why (a changed row, a broken link, missing rows) as an error',
        '(code VAULT_CORRUPT) and exits 7. With --json: {ok, checkedRows, firstBroken} when intact,',
        '{"error": {...}} when broken.',
      ],
    },
    backup: {
      summary: 'Back the whole vault up to a folder (a USB drive), encrypted; or say when it was last backed up.',
      options: {
        to: 'The backup folder (created if missing).',
        'verify-all': 'Read every evidence file already in the backup again and check it (slow on a USB drive).',
      },
      details: [
        '--to DIR: writes the key file, an encrypted snapshot of the case file and every evidence file (as',
        'they are stored: encrypted) into DIR, a new or empty folder or an earlier backup of this vault; then only',
        'evidence files added since are copied. Every file is read back and checked; the contents list is',
        'written last, so a backup cut short leaves the previous one whole. Audited.',
        'An evidence file already in the backup is read again only if its size or time changed since it was',
        'last checked; --verify-all reads and checks every one.',
        'status: when the vault was last backed up, and whether the reminder is due.',
        'Restore with: casefile restore --from DIR --vault NEW.',
      ],
    },
    restore: {
      summary:
        'Restore a backup as a new vault in the --vault folder (new or empty), with its passphrase or recovery key.',
      options: {
        from: 'The backup folder.',
      },
      details: [
        'Every file of the backup is checked against its contents list before anything is written; the vault is',
        'rebuilt beside the --vault folder, opened with the passphrase (--passphrase-file, CASEFILE_PASSPHRASE or a',
        'prompt) or the recovery key (--recovery-key-file), checked again, and only then put in place. A damaged,',
        'cut or altered backup is refused and leaves nothing behind. The restored vault keeps the passphrase and',
        'the recovery key of the vault that was backed up. Audited in the restored vault.',
      ],
    },
  },
};

/** The type every language's CLI catalogue has: the English one's shape. */
export type CliWords = typeof cliWords;
