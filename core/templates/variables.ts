import type { Descendant } from 'slate';
import { profileOf } from '../languages/index';
import type { DocumentVariable, InlineNode, PressroomDocument, ReleaseBlock, ReleaseLanguage } from '../model/types';

/**
 * Document variables: values used many times in a release (event name, city, date, organiser, or the user's
 * own). Variable chips in the text show the value by name; exports print the value in place of the chip.
 */

/** The variables every conference template offers, in the panel's order. */
export const STANDARD_VARIABLE_NAMES = ['event', 'city', 'date', 'organiser'] as const;
export type StandardVariableName = (typeof STANDARD_VARIABLE_NAMES)[number];

const isStandard = (name: string): name is StandardVariableName => (STANDARD_VARIABLE_NAMES as readonly string[]).includes(name);

/**
 * The label a variable gets when it is added by name: for a standard variable, its label in the release's
 * language (the profile's `variableLabels`: «Город», «Қала», “City”); for any other, its name.
 */
export function defaultVariableLabel(language: ReleaseLanguage, name: string): string {
  return isStandard(name) ? profileOf(language).variableLabels[name] : name;
}

type WithVariables = Pick<PressroomDocument, 'metadata'>;

/** The variable's current value, or '' when the document has no such variable or it is still empty. */
export function variableValue(document: WithVariables, name: string): string {
  return document.metadata.variables.find((variable) => variable.name === name)?.value ?? '';
}

/** The variable's label, falling back to its name. */
export function variableLabel(document: WithVariables, name: string): string {
  const variable = document.metadata.variables.find((candidate) => candidate.name === name);
  return variable?.label || name;
}

/** A new variables list with `name` set to `value`; a variable not yet in the list is added with `label`. */
export function setVariableValue(variables: readonly DocumentVariable[], name: string, value: string, label = name): DocumentVariable[] {
  if (!variables.some((variable) => variable.name === name)) return [...variables, { name, label, value }];
  return variables.map((variable) => (variable.name === name ? { ...variable, value } : variable));
}

/** A machine name for a user's own variable from its label: lower case letters and digits, unique in the list. */
export function newVariableName(variables: readonly DocumentVariable[], label: string): string {
  const base =
    label
      .toLocaleLowerCase()
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'variable';
  const taken = new Set(variables.map((variable) => variable.name));
  if (!taken.has(base)) return base;
  let counter = 2;
  while (taken.has(`${base}-${counter}`)) counter++;
  return `${base}-${counter}`;
}

/** A new variables list without `name`; chips that still use it show their name until it is added again. */
export function removeVariable(variables: readonly DocumentVariable[], name: string): DocumentVariable[] {
  return variables.filter((variable) => variable.name !== name);
}

/** How many chips of each variable the body holds. */
export function countVariableUses(body: readonly Descendant[]): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if ('type' in node && node.type === 'variable') counts.set(node.name, (counts.get(node.name) ?? 0) + 1);
      else if ('children' in node) visit(node.children as Descendant[]);
    }
  };
  visit(body);
  return counts;
}

/**
 * What a chip prints as in an export: its value, or, while still empty, its label in square brackets («[Город]»),
 * as core/formats prints placeholders, so nothing unfilled disappears silently.
 */
export function printedValue(document: WithVariables, name: string): string {
  return variableValue(document, name) || `[${variableLabel(document, name)}]`;
}

const sameMarks = (a: InlineNode, b: InlineNode) =>
  'text' in a && 'text' in b && a.bold === b.bold && a.italic === b.italic;

function substituteChildren(children: readonly Descendant[], document: WithVariables): Descendant[] {
  const result: Descendant[] = [];
  for (const child of children) {
    let next: Descendant;
    if ('type' in child && child.type === 'variable') next = { text: printedValue(document, child.name) };
    else if ('children' in child) next = { ...child, children: substituteChildren(child.children as Descendant[], document) } as Descendant;
    else next = { ...child };
    const last = result[result.length - 1];
    if (last && 'text' in last && 'text' in next && sameMarks(last, next)) {
      result[result.length - 1] = { ...last, text: last.text + next.text };
    } else {
      result.push(next);
    }
  }
  return result;
}

/**
 * The document with every variable chip replaced by its printed value (see printedValue) as plain text (merged with the neighbouring
 * text), for exports that have no notion of variables. The input is not changed.
 */
export function substituteVariables(document: PressroomDocument): PressroomDocument {
  return { ...document, body: substituteChildren(document.body, document) as ReleaseBlock[] };
}
