import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../electron/cli/command.js';
import { EXIT_BLOCKING_FINDINGS, runCheck } from '../../../electron/cli/commands/check.js';
import type { CliIo } from '../../../electron/cli/io.js';
import { createOutput } from '../../../electron/cli/output.js';
import { testClock } from '../../clock.js';
import { cli, writeText } from '../cli/harness.js';
import { PASSPHRASE } from '../core/helpers.js';
import { intake, useCaseFiles, victimProfile } from './case-file-fixture.js';
import { EXIT } from '../../../electron/cli/failure.js';
import { inEnglish } from '../cli/in-language.js';

const caseFile = useCaseFiles();
const env = { CASEFILE_PASSPHRASE: PASSPHRASE };

/** A vault made through the core (floor KDF cost), locked so the CLI opens it as a user would. */
async function vaultFolder(setUp?: (cf: Awaited<ReturnType<typeof caseFile>>) => Promise<void>): Promise<string> {
  const cf = await caseFile();
  await setUp?.(cf);
  cf.ws.dispose();
  return cf.dir;
}

describe('casefile case create', () => {
  it('opens a case from options and prints its reference; --json prints the record', async () => {
    const dir = await vaultFolder();
    const base = [
      '--vault',
      dir,
      'case',
      'create',
      '--title',
      'Allegation at the school',
      '--received',
      '2026-03-01',
      '--entity',
      'MINUSCA',
      '--channel',
      'hotline',
    ];
    const run = await cli([...base, '--urgent'], { env });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Opened CF-\d{4}-0001\. Id: [0-9a-f-]{36}\n$/);
    const json = await cli([...base, '--json'], { env });
    expect(json.status).toBe(0);
    expect(json.json()).toMatchObject({
      reference: expect.stringMatching(/-0002$/),
      title: 'Allegation at the school',
      reportingChannel: 'hotline',
      urgent: false,
    });
  });

  it(
    'takes the contract JSON from a file or stdin, options adding to it; a field ' +
      'given twice differently is a usage error',
    async () => {
      const dir = await vaultFolder();
      const body = {
        ...intake({ summary: 'From a file', category: 'SE' }),
        incidentDates: [{ precision: 'month', from: '2025-11' }],
      };
      const file = writeText(dir, 'intake.json', JSON.stringify(body));
      const fromFile = await cli(['--vault', dir, '--json', 'case', 'create', '--input', file, '--urgent'], { env });
      expect(fromFile.json()).toMatchObject({
        summary: 'From a file',
        category: 'SE',
        urgent: true,
        incidentDates: [{ precision: 'month', from: '2025-11' }],
      });
      const fromStdin = await cli(['--vault', dir, '--json', 'case', 'create', '--input', '-', '--title', body.title], {
        env,
        stdin: JSON.stringify(body),
      });
      expect(fromStdin.status).toBe(0);
      const clash = await cli(['--vault', dir, 'case', 'create', '--input', file, '--title', 'Another title'], { env });
      expect(clash.status).toBe(2);
      expect(clash.stderr).toMatch(/given both in the input and as an option/);
    },
  );

  it('refuses incomplete intake before unlocking (exit 2), naming the missing options as typed', async () => {
    const dir = await vaultFolder();
    const run = await cli(['--vault', dir, '--json', 'case', 'create', '--title', 'Only a title'], { env });
    expect(run.status).toBe(2);
    expect(run.json()).toEqual({
      error: { code: 'USAGE', message: 'The case intake needs --received DATE, --channel CHANNEL and --entity TEXT.' },
    });
    expect((await cli(['--vault', dir, 'case', 'create'], { env })).stderr).toMatch(/Give the case with --input/);
  });
});

describe('casefile case list', () => {
  const threeCases = async (cf: Awaited<ReturnType<typeof caseFile>>) => {
    await cf.call('cases.create', intake({ title: 'Alpha', urgent: true, category: 'SA' }));
    const b = await cf.call('cases.create', intake({ title: 'Bravo', category: 'SE' }));
    await cf.call('people.add', {
      caseId: b.id,
      profile: victimProfile('adult'),
      identity: { fullName: 'Amina Ndiaye' },
    });
    const c = await cf.call('cases.create', intake({ title: 'Charlie' }));
    await cf.call('cases.changeStatus', { caseId: c.id, to: 'under_review', reason: 'Limited information' });
    await cf.call('cases.archive', { caseId: b.id, archived: true, reason: 'Duplicate' });
  };

  it('prints a table of the cases, victims by code; filters and sorts by option', async () => {
    const dir = await vaultFolder(threeCases);
    const all = await cli(['--vault', dir, 'case', 'list', '--archived', '--sort', 'reference'], { env });
    expect(all.status).toBe(0);
    const lines = all.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^REFERENCE\s+STATUS\s+CAT\s+URGENT\s+RECEIVED\s+VICTIMS\s+BLOCKING\s+TITLE$/);
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/)[0])).toEqual([
      'CF-2026-0001',
      'CF-2026-0002 (archived)',
      'CF-2026-0003',
    ]);
    expect(lines[2]).toMatch(/V-01/);
    expect(all.stdout).not.toMatch(/Amina|Ndiaye/);

    const titles = async (...args: string[]) =>
      (
        (await cli(['--vault', dir, '--json', 'case', 'list', ...args], { env })).json() as {
          items: Array<{ title: string }>;
        }
      ).items.map((i) => i.title);
    expect(await titles('--sort', 'reference:desc')).toEqual(['Charlie', 'Alpha']);
    expect(await titles('--urgent')).toEqual(['Alpha']);
    expect(await titles('--status', 'under_review,under_investigation')).toEqual(['Charlie']);
    expect(await titles('--category', 'se,sa', '--archived', '--sort', 'reference')).toEqual(['Alpha', 'Bravo']);
  });

  it('says so when there is nothing to list, and refuses a bad --sort or --status', async () => {
    const dir = await vaultFolder();
    expect((await cli(['--vault', dir, 'case', 'list'], { env })).stdout).toBe('No cases.\n');
    const badSort = await cli(['--vault', dir, 'case', 'list', '--sort', 'title'], { env });
    expect(badSort.status).toBe(2);
    expect(badSort.stderr).toMatch(/--sort takes KEY or KEY:asc\|desc/);
    expect((await cli(['--vault', dir, 'case', 'list', '--status', 'open'], { env })).status).toBe(2);
  });
});

describe('casefile case show', () => {
  it(
    'prints the fields, the status history and the people by code; never a name, nor ' +
      'a strictly confidential location',
    async () => {
      const dir = await vaultFolder(async (cf) => {
        const c = await cf.call(
          'cases.create',
          intake({
            title: 'Convoy allegation',
            summary: 'Line one.\nLine two.',
            category: 'SA',
            subtype: 'sexual_activity_with_minor',
            location: { text: 'Behind the PK5 mosque', confidentiality: 'strictly_confidential' },
            incidentDates: [{ precision: 'range', from: '2025-06', to: '2025-08', timeZone: 'Africa/Bangui' }],
          }),
        );
        await cf.call('people.add', {
          caseId: c.id,
          profile: victimProfile('minor'),
          identity: { fullName: 'Grace Mbaye' },
        });
        await cf.call('people.add', {
          caseId: c.id,
          profile: { role: 'subject', personnelCategory: 'military_mc', nationality: 'XYZ' },
        });
        await cf.call('cases.changeStatus', {
          caseId: c.id,
          to: 'under_investigation',
          reason: 'Credible and specific',
        });
      });
      const run = await cli(['--vault', dir, 'case', 'show', 'CF-2026-0001'], { env });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^CF-2026-0001 {2}Convoy allegation\n/);
      expect(run.stdout).toMatch(/Status:\s+Under investigation/);
      expect(run.stdout).toMatch(/Classification:\s+SA \(Sexual abuse\) — Sexual activity with a minor/);
      expect(run.stdout).toMatch(/Incident dates:\s+between 2025-06 and 2025-08 \(Africa\/Bangui\)/);
      expect(run.stdout).toMatch(/\(opened\) → Preliminary assessment: Opened at intake/);
      expect(run.stdout).toMatch(/Preliminary assessment → Under investigation: Credible and specific/);
      expect(run.stdout).toMatch(/ {2}V-01 +Victim +Female, Minor \(under 18\) at the incident/);
      expect(run.stdout).toMatch(/ {2}S-01 +Subject +Military \(MC\)/);
      expect(run.stdout).toMatch(/ {2}Line one\.\n {2}Line two\./);
      expect(run.stdout).not.toMatch(/Grace|Mbaye|mosque/);

      const json = (await cli(['--vault', dir, '--json', 'case', 'show', 'CF-2026-0001'], { env })).json() as {
        case: { reference: string };
        people: Array<{ code: string }>;
      };
      expect(json.case.reference).toBe('CF-2026-0001');
      expect(json.people.map((p) => p.code)).toEqual(['V-01', 'S-01']);
      expect(JSON.stringify(json.people)).not.toMatch(/Grace|Mbaye/);
    },
  );

  it('needs the case, and answers NOT_FOUND for an unknown one', async () => {
    const dir = await vaultFolder();
    expect((await cli(['--vault', dir, 'case', 'show'], { env })).status).toBe(2);
    expect((await cli(['--vault', dir, 'case', 'list', 'CF-2026-0001'], { env })).status).toBe(2);
    const missing = await cli(['--vault', dir, '--json', 'case', 'show', 'CF-2026-0009'], { env });
    expect(missing.status).toBe(EXIT.notFound);
    expect(missing.json()).toEqual({
      error: { code: 'NOT_FOUND', reason: 'cases.notFound', message: 'This case was not found in this vault.' },
    });
  });
});

describe('casefile check', () => {
  async function blockedCase(cf: Awaited<ReturnType<typeof caseFile>>) {
    const c = await cf.call('cases.create', intake({ category: 'SE', subtype: 'exploitative_relationship' }));
    await cf.call('cases.changeStatus', { caseId: c.id, to: 'under_investigation', reason: 'Credible' });
    await cf.call('cases.changeStatus', {
      caseId: c.id,
      to: 'not_substantiated',
      reason: 'Consensual relationship between adults',
      closureGround: 'consensual_between_adults',
    });
    // A child victim identified after the closure: R5 blocks until the case is reopened.
    await cf.call('people.add', {
      caseId: c.id,
      profile: victimProfile('minor'),
      identity: { fullName: 'Grace Mbaye' },
    });
  }

  it('prints the findings grouped by severity with their fixes; --json gives counts and findings', async () => {
    const dir = await vaultFolder(blockedCase);
    const run = await cli(['--vault', dir, 'check', 'CF-2026-0001'], { env });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      // As of when: on the mission's clock, its zone named, as every time the CLI prints (--json keeps the instant).
      new RegExp(
        '^CF-2026-0001: [1-9]\\d* blocking, \\d+ warnings?, \\d+ reminders? ' +
          '\\(as of \\d{1,2} \\w{3} \\d{4}, \\d\\d:\\d\\d \\(UTC\\)\\)\\.\\n\\nBLOCKING',
      ),
    );
    expect(run.stdout).toMatch(
      new RegExp(
        ' {2}R5 +The case is closed as consensual although V-01 is not established as an adult\\.\\n {7}Fix: ' +
          'A child cannot consent',
      ),
    );
    expect(run.stdout).not.toMatch(/Grace|Mbaye/);
    const json = (await cli(['--vault', dir, '--json', 'check', 'CF-2026-0001'], { env })).json() as {
      reference: string;
      counts: { block: number; warn: number; info: number };
      findings: Array<{ severity: string; code: string }>;
    };
    expect(json.reference).toBe('CF-2026-0001');
    expect(json.counts.block).toBe(json.findings.filter((f) => f.severity === 'block').length);
    expect(json.findings.map((f) => f.code)).toContain('R5_CONSENSUAL_CLOSURE');
  });

  /** The command's own exit status, as runCli will pass it on once commands may return one. */
  async function checkStatus(dir: string, ref: string): Promise<number> {
    let stdout = '';
    const io: CliIo = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      stdin: Readable.from([]),
      env,
      isTTY: false,
      now: testClock.now,
    };
    const context: CommandContext = {
      io,
      out: createOutput(io.stdout, io.stderr, true),
      options: {},
      args: [ref],
      vaultDir: () => dir,
    };
    const status = await inEnglish(() => runCheck(context));
    expect(JSON.parse(stdout)).toHaveProperty('findings');
    return status;
  }

  it(`returns ${EXIT_BLOCKING_FINDINGS} when there are blocking findings, 0 when only warnings or none`, async () => {
    const blocked = await vaultFolder(blockedCase);
    expect(await checkStatus(blocked, 'CF-2026-0001')).toBe(EXIT_BLOCKING_FINDINGS);
    const fine = await vaultFolder(async (cf) => {
      await cf.call('cases.create', intake({ category: 'SA', subtype: 'rape' }));
    });
    expect(await checkStatus(fine, 'CF-2026-0001')).toBe(0);
  });

  it('answers NOT_FOUND for an unknown case', async () => {
    const dir = await vaultFolder();
    const run = await cli(['--vault', dir, 'check', 'CF-2026-0042'], { env });
    expect(run.status).toBe(EXIT.notFound);
    expect(run.stderr).toBe('casefile: This case was not found in this vault.\n');
  });
});
