import ts from 'typescript';

/** Attributes a user sees or hears; their text must come from the i18n catalogs. */
const TRANSLATED_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

export interface VisibleStringFinding {
  file: string;
  line: number;
  kind: 'jsx-text' | 'jsx-string-child' | 'attribute';
  text: string;
}

const hasLetter = (text: string): boolean => /\p{L}/u.test(text);

/** Literal text inside an expression that would be rendered as is (`'x'`, `c ? 'x' : y`, `a ?? 'x'`). */
function literalTexts(expression: ts.Expression): string[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text];
  if (ts.isTemplateExpression(expression)) {
    return [expression.head.text, ...expression.templateSpans.map((span) => span.literal.text)];
  }
  if (ts.isParenthesizedExpression(expression)) return literalTexts(expression.expression);
  if (ts.isConditionalExpression(expression))
    return [...literalTexts(expression.whenTrue), ...literalTexts(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if (
      operator === ts.SyntaxKind.BarBarToken ||
      operator === ts.SyntaxKind.QuestionQuestionToken ||
      operator === ts.SyntaxKind.AmpersandAmpersandToken
    ) {
      return [...literalTexts(expression.left), ...literalTexts(expression.right)];
    }
  }
  return [];
}

/**
 * Finds user-visible text written in a component instead of taken from i18n: JSX text with
 * letters, string literals rendered as children, and literal accessible names/hints.
 */
export function findVisibleStrings(file: string, source: string): VisibleStringFinding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: VisibleStringFinding[] = [];
  const report = (node: ts.Node, kind: VisibleStringFinding['kind'], text: string): void => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    findings.push({ file, line: line + 1, kind, text: text.trim().slice(0, 80) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetter(node.text)) {
      report(node, 'jsx-text', node.text);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      for (const text of literalTexts(node.expression)) if (hasLetter(text)) report(node, 'jsx-string-child', text);
    } else if (ts.isJsxAttribute(node) && TRANSLATED_ATTRIBUTES.has(node.name.getText(sourceFile))) {
      const value = node.initializer;
      const texts =
        value === undefined
          ? []
          : ts.isStringLiteral(value)
            ? [value.text]
            : ts.isJsxExpression(value) && value.expression
              ? literalTexts(value.expression)
              : [];
      for (const text of texts)
        if (hasLetter(text)) report(node, 'attribute', `${node.name.getText(sourceFile)}=${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}

/** Translation keys named literally in the source: t('a.b'), i18n.t('a.b'), i18nKey="a.b", labelKey: 'a.b'. */
export function referencedKeys(source: string): string[] {
  const keys: string[] = [];
  const patterns = [
    /\bt\(\s*(['"])([^'"]+)\1/g,
    /\bt\(\s*`([^`$]+)`/g,
    /\bi18nKey=\{?\s*(['"])([^'"]+)\1/g,
    /\b\w*Key:\s*(['"])([\w.]+)\1/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) keys.push(match[match.length - 1]!);
  }
  return keys;
}

/** Prefixes of keys built at run time: t(`errors.${code}`) → 'errors'. */
export function dynamicKeyPrefixes(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*`([\w.]*?)\.?\$\{/g)].map((match) => match[1]!);
}
