import { STATISTICS_EXPORT_FORMATS, StatisticsExportRequest } from '../../../shared/contract/statistics.js';
import { CASE_CATEGORIES, CASE_STATUSES } from '../../../shared/domain/case.js';
import { MAX_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD } from '../../../shared/statistics/labelled.js';
import { checked, stringOption } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure } from '../failure.js';
import { commandLinePorts, newFileOption, runUnlockedWithFiles } from './evidence-access.js';
import { cliList, cliWords } from '../words.js';

/** The request from the options, checked before the vault is unlocked, and the file to write. */
function statsRequest(context: CommandContext) {
  const suppress = stringOption(context, 'suppress-below');
  const request = checked(
    StatisticsExportRequest,
    {
      query: {
        from: stringOption(context, 'from'),
        to: stringOption(context, 'to'),
        ...(stringOption(context, 'mission') === undefined ? {} : { entity: stringOption(context, 'mission') }),
        ...(stringOption(context, 'category') === undefined ? {} : { category: stringOption(context, 'category') }),
        ...(stringOption(context, 'status') === undefined ? {} : { status: stringOption(context, 'status') }),
      },
      format: stringOption(context, 'format'),
      ...(stringOption(context, 'lang') === undefined ? {} : { language: stringOption(context, 'lang') }),
      ...(suppress === undefined ? {} : { suppressBelow: suppress === 'none' ? null : Number(suppress) }),
    },
    cliWords().stats.what,
    {
      'query.from': '--from DATE',
      'query.to': '--to DATE',
      'query.entity': '--mission X',
      'query.category': '--category SE|SA',
      'query.status': '--status STATUS',
      format: '--format FORMAT',
      language: '--lang en|fr|ar',
      suppressBelow: '--suppress-below N',
    },
  );
  return { request, destination: newFileOption(context, 'out') };
}

export const statsImplementation: CommandImplementation = {
  detailValues: () => ({
    categories: cliList(CASE_CATEGORIES),
    statuses: cliList(CASE_STATUSES),
    formats: cliList(STATISTICS_EXPORT_FORMATS),
    min: String(MIN_SUPPRESSION_THRESHOLD),
    max: String(MAX_SUPPRESSION_THRESHOLD),
  }),
  async run(context) {
    const ports = commandLinePorts();
    await runUnlockedWithFiles(
      context,
      ports,
      async () => statsRequest(context),
      async (session, { request, destination }) => {
        // A mission typed wrong would give empty tables that look like a quiet quarter: refused instead.
        const { entity } = request.query;
        if (entity !== undefined) {
          const { items } = await session.call('statistics.entities', {});
          if (!items.includes(entity)) {
            throw new CliFailure(
              'NOT_FOUND',
              items.length === 0 ? cliWords().stats.noMissions : cliWords().stats.unknownMission(cliList(items)),
            );
          }
        }
        ports.exportTo = destination;
        const saved = await session.call('statistics.export', request);
        if (saved.cancelled) throw new CliFailure('CANCELLED', cliWords().stats.notWritten);
        context.out.result(cliWords().stats.written(saved.path, saved.sha256), saved);
      },
    );
  },
};
