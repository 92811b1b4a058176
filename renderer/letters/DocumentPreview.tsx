import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatPageText,
  tableHasHeaderRow,
  type DocumentBlock,
  type DocumentModel,
  type DocumentRun,
} from '../../shared/documents/document-model.js';

/** Styled runs as React text: the model holds finished text, drawn literally (never as HTML). */
function Runs({ runs }: { runs: readonly DocumentRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        // A `\n` inside a run is a line break of the paragraph.
        const lines = run.text.replace(/\t/g, ' ').split('\n');
        let content: ReactNode = lines.map((line, i) => (
          <span key={i}>
            {i > 0 && <br />}
            {line}
          </span>
        ));
        if (run.bold) content = <strong>{content}</strong>;
        if (run.italic) content = <em>{content}</em>;
        return <span key={index}>{content}</span>;
      })}
    </>
  );
}

function Block({ block }: { block: DocumentBlock }) {
  const { t } = useTranslation();
  switch (block.kind) {
    case 'letterhead':
      return (
        <div className="doc-letterhead">
          {block.logo === 'un_emblem' && <p className="doc-logo">{t('letters.preview.logo')}</p>}
          {block.logo !== null && block.logo !== 'un_emblem' && (
            // The logo of the letterhead imported from Word, as the letter will print it.
            <img
              className="doc-logo-image"
              src={`data:${block.logo.mime};base64,${block.logo.base64}`}
              alt={t('letters.letterhead.logo')}
            />
          )}
          {block.lines.map((line, index) => (
            <p key={index} className={index === 0 ? 'doc-letterhead-first' : undefined}>
              {line}
            </p>
          ))}
        </div>
      );
    case 'heading':
      return block.level === 1 ? (
        <h3 className="doc-heading-1">
          <Runs runs={block.runs} />
        </h3>
      ) : (
        <h4 className="doc-heading-2">
          <Runs runs={block.runs} />
        </h4>
      );
    case 'paragraph':
      return (
        <p className={`doc-paragraph doc-align-${block.align ?? 'start'}`}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <Runs runs={item} />
        </li>
      ));
      return block.ordered ? <ol className="doc-list">{items}</ol> : <ul className="doc-list">{items}</ul>;
    }
    case 'table':
      return (
        <table className="doc-table">
          <colgroup>
            {block.columns.map((column, index) => (
              <col key={index} style={{ width: `${column.widthPercent}%` }} />
            ))}
          </colgroup>
          {tableHasHeaderRow(block) && (
            <thead>
              <tr>
                {block.columns.map((column, index) => (
                  <th key={index} scope="col">
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>
                    <Runs runs={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signature':
      return (
        <div className="doc-signature">
          {block.place || block.date ? <p>{[block.place, block.date].filter(Boolean).join(', ')}</p> : null}
          <p className="doc-signature-line" aria-hidden="true" />
          <p>
            <strong>{block.name}</strong>
          </p>
          <p>{block.title}</p>
        </div>
      );
    case 'spacer':
      return <div className="doc-spacer" />;
    case 'pageBreak':
      return <hr className="doc-page-break" aria-label={t('letters.preview.pageBreak')} />;
  }
}

/**
 * A letter's document model drawn as HTML for reading on screen: the same blocks the PDF and
 * DOCX renderers draw, without their pagination (the header and footer show page 1).
 */
export function DocumentPreview({ model, label }: { model: DocumentModel; label: string }) {
  const band = (text: string | undefined) => (text ? formatPageText(text, 1, 1) : '');
  return (
    <article className="doc-preview" aria-label={label} lang={model.language} dir={model.direction}>
      <div className="doc-band doc-header" dir="ltr">
        <span>{band(model.header.left)}</span>
        <span className="doc-marking">{model.confidentialityMarking}</span>
        <span>{band(model.header.right)}</span>
      </div>
      {model.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
      <div className="doc-band doc-footer" dir="ltr">
        <span>{band(model.footer.left)}</span>
        <span>{band(model.footer.right)}</span>
      </div>
      {model.letterheadFooter && !model.discreet && (
        <div className="doc-letterhead-footer">
          {model.letterheadFooter.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      )}
    </article>
  );
}
