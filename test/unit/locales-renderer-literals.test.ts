import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rendererDir, repoRoot } from '../../electron/browser-mode/renderer-build';

// Every word a resident reads comes from locales/: a renderer component that writes a word
// into its JSX (text, a string child, an aria-label) is a string no translator will ever see.
// The compiler's own parser finds them, so formatting tricks cannot hide one.

/** Folders whose text is for developers only (English, never shown on a kiosk in service). */
const allowedFolders = ['renderer/dev/'];
/** Attributes a person reads or hears. */
const spokenAttributes = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'alt', 'placeholder', 'label']);
const hasLetter = /\p{L}/u;

export interface Literal {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'dist' || entry.name === 'node_modules') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [path] : [];
  });
}

/** String literals an expression can evaluate to, without entering calls (t('key') is fine). */
function literalsOf(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((span) => span.literal)];
  if (ts.isParenthesizedExpression(node)) return literalsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    // `a && 'text'` renders its right side; `a || 'text'`, `a ?? 'text'` and `'a' + b` either side;
    // comparisons (`x !== 'serving'`) render nothing
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return literalsOf(node.right);
    if ([ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(operator)) return [...literalsOf(node.left), ...literalsOf(node.right)];
    return [];
  }
  return [];
}

const textOf = (node: ts.Node): string => (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.text : node.getText());

export function findLiterals(file: string, source: string): Literal[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string): void => {
    if (!hasLetter.test(text)) return; // whitespace, digits, punctuation and separators are not words
    found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const literal of literalsOf(node.expression)) report(literal, textOf(literal));
    }
    if (ts.isJsxAttribute(node) && spokenAttributes.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) && node.initializer.expression ? literalsOf(node.initializer.expression) : [node.initializer];
      for (const literal of value) report(literal, textOf(literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

describe('renderer components hold no words of their own', () => {
  it('given a component with a word in its JSX, an English string child and an aria-label, then the check finds all three (and not t() keys or punctuation)', () => {
    const source = `export const A = () => <div aria-label="Close"><p>Hello</p>{ok ? 'Yes' : t('common.no')}<span>{' · '}</span>{t('x')}{mode !== 'quiet' && t('y')}</div>;`;
    expect(findLiterals('a.tsx', source).map((literal) => literal.text)).toEqual(['Close', 'Hello', 'Yes']);
  });

  it('given every .tsx under renderer/ except the developer panel, then none writes a word a resident would read', () => {
    const literals = tsxFiles(rendererDir)
      .map((path) => relative(repoRoot, path))
      .filter((file) => !allowedFolders.some((folder) => file.startsWith(folder)))
      .flatMap((file) => findLiterals(file, readFileSync(join(repoRoot, file), 'utf8')))
      .map((literal) => `${literal.file}:${literal.line} "${literal.text}"`);
    expect(literals).toEqual([]);
  });
});
