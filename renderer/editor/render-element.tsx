import type { JSX } from 'react';
import type { RenderElementProps } from 'slate-react';
import { renderTemplateElement } from '../templates/render-template-element';
import { FieldContainer } from './elements/award-ceremony-fallback';
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
import { QuoteElement } from './elements/quote-element';
import { SectionHeadingElement } from './elements/section-heading-element';
import { SubheadlineElement } from './elements/subheadline-element';

/** One renderer per element type; the templates area draws placeholders, variables and award ceremonies. */
export function renderElement(props: RenderElementProps): JSX.Element {
  const { element } = props;
  switch (element.type) {
    case 'placeholder':
    case 'variable':
      return renderTemplateElement(props) ?? <span {...props.attributes}>{props.children}</span>;
    case 'award-ceremony':
    case 'award-row': {
      const children = <FieldContainer type={element.type}>{props.children}</FieldContainer>;
      return renderTemplateElement({ ...props, children }) ?? <div {...props.attributes}>{children}</div>;
    }
    case 'headline':
      return <HeadlineElement {...props} />;
    case 'subheadline':
      return <SubheadlineElement {...props} />;
    case 'dateline':
      return <DatelineElement {...props} />;
    case 'lead':
      return <LeadElement {...props} />;
    case 'paragraph':
      return <ParagraphElement {...props} />;
    case 'section-heading':
      return <SectionHeadingElement {...props} />;
    case 'quote':
      return <QuoteElement {...props} />;
    case 'bulleted-list':
    case 'numbered-list':
      return <ListElement {...props} />;
    case 'list-item':
      return <ListItemElement {...props} />;
    case 'boilerplate':
      return <BoilerplateElement {...props} />;
    case 'media-contact':
      return <MediaContactElement {...props} />;
    case 'end-mark':
      return <EndMarkElement {...props} />;
    case 'field':
      return <FieldElement {...props} element={element} />;
    case 'link':
      return <LinkElement {...props} element={element} />;
    default: {
      const unknown: never = element;
      throw new Error(`no renderer for element ${JSON.stringify((unknown as { type?: string }).type)}`);
    }
  }
}
