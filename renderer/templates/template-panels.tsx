import type { DocumentVariable, ReleaseLanguage } from '../../core/model/types';
import { UnfilledPlaceholders } from './unfilled-placeholders';
import { VariablesPanel } from './variables-panel';

/** The sidebar part of the templates area: the document's variables and the blanks still to fill. Inside <Slate>. */
export function TemplatePanels({
  variables,
  language,
  onVariablesChange,
}: {
  variables: readonly DocumentVariable[];
  language: ReleaseLanguage;
  onVariablesChange: (variables: DocumentVariable[]) => void;
}) {
  return (
    <>
      <UnfilledPlaceholders />
      <VariablesPanel variables={variables} language={language} onChange={onVariablesChange} />
    </>
  );
}
