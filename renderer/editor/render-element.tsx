import type { JSX } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { ReleaseElement } from '../../core/model/types';
import { AwardCeremonyElement, AwardRowElement } from './elements/award-ceremony-element';
import { BoilerplateElement } from './elements/boilerplate-element';
import { DatelineElement } from './elements/dateline-element';
import { EndMarkElement } from './elements/end-mark-element';
import { FieldElement } from './elements/field-element';
import { HeadlineElement } from './elements/headline-element';
import { LeadElement } from './elements/lead-element';
import { LinkElement } from './elements/link-element';
import { ListElement } from './elements/list-element';
import { ListItemElement } from './elements/list-item-element';
import { MediaContactElement } from './elements/media-contact-element';
import { ParagraphElement } from './elements/paragraph-element';
import { PlaceholderElement } from './elements/placeholder-element';
import { QuoteElement } from './elements/quote-element';
import { SectionHeadingElement } from './elements/section-heading-element';
import { SubheadlineElement } from './elements/subheadline-element';
import { VariableElement } from './elements/variable-element';

type ElementType = ReleaseElement['type'];
/** What Slate hands the renderer of one element type: its element already of that type. */
export type ElementProps<K extends ElementType> = RenderElementProps & { element: Extract<ReleaseElement, { type: K }> };

/**
 * One renderer per element type: every block (BLOCK_SPECS), every nested element and every inline, each drawn by
 * its component in renderer/editor/elements/. Typed over every element type in core/model/types.ts, so a new block
 * type without its component does not compile.
 */
export const ELEMENT_RENDERERS: { [K in ElementType]: (props: ElementProps<K>) => JSX.Element } = {
  headline: HeadlineElement,
  subheadline: SubheadlineElement,
  dateline: DatelineElement,
  lead: LeadElement,
  paragraph: ParagraphElement,
  'section-heading': SectionHeadingElement,
  quote: QuoteElement,
  'bulleted-list': ListElement,
  'numbered-list': ListElement,
  'award-ceremony': AwardCeremonyElement,
  boilerplate: BoilerplateElement,
  'media-contact': MediaContactElement,
  'end-mark': EndMarkElement,
  'list-item': ListItemElement,
  'award-row': AwardRowElement,
  field: FieldElement,
  link: LinkElement,
  placeholder: PlaceholderElement,
  variable: VariableElement,
};

export function renderElement(props: RenderElementProps): JSX.Element {
  const type: string = props.element.type;
  if (!Object.hasOwn(ELEMENT_RENDERERS, type)) throw new Error(`no renderer for element ${JSON.stringify(type)}`);
  const Render = ELEMENT_RENDERERS[type as ElementType] as (props: RenderElementProps) => JSX.Element;
  return <Render {...props} />;
}
