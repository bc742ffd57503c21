import type { PressroomDocument, ReleaseLanguage } from '../model/types';
import { setVariableValue } from './variables';

export interface InstantiateOptions {
  /** The language the new release is written in; it must be the template's (the gallery filters by it). */
  language?: ReleaseLanguage;
  /** Values to fill in at once, by variable name (e.g. the organiser from the user's last release). */
  variables?: Readonly<Record<string, string>>;
}

export class TemplateLanguageMismatch extends Error {
  constructor(readonly templateLanguage: ReleaseLanguage, readonly requested: ReleaseLanguage) {
    super(`the template is written in ${templateLanguage}, not ${requested}`);
    this.name = 'TemplateLanguageMismatch';
  }
}

/**
 * A fresh release made from a template: a deep copy of its body and metadata without the template's own
 * name and description, with the given variable values filled in. Placeholders stay, to be typed over.
 */
export function instantiate(template: PressroomDocument, options: InstantiateOptions = {}): PressroomDocument {
  const language = template.metadata.language;
  if (options.language && options.language !== language) throw new TemplateLanguageMismatch(language, options.language);
  const copy = JSON.parse(JSON.stringify(template)) as PressroomDocument;
  delete copy.template;
  let variables = copy.metadata.variables;
  for (const [name, value] of Object.entries(options.variables ?? {})) variables = setVariableValue(variables, name, value);
  copy.metadata = { ...copy.metadata, variables };
  return copy;
}

/** A template file made from a release: the document plus what the gallery shows. */
export function makeTemplate(
  document: PressroomDocument,
  description: { name: string; description: string; language: ReleaseLanguage; kind?: 'release' | 'section' },
): PressroomDocument {
  const copy = JSON.parse(JSON.stringify(document)) as PressroomDocument;
  copy.metadata = { ...copy.metadata, language: description.language };
  copy.template = { name: description.name, description: description.description, kind: description.kind ?? 'release' };
  return copy;
}
