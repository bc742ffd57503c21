import type { ReactNode } from 'react';
import type { Descendant } from 'slate';
import { profileOf } from '../../core/languages/index';
import { formatDateline } from '../../core/typography/dateline';
import type { PressroomDocument } from '../../core/model/types';
import { variableLabel, variableValue } from '../../core/templates/variables';
import './templates.css';

/** A read-only picture of a template for the gallery: blocks, blanks as pills and variables as chips. */
export function TemplatePreview({ document }: { document: PressroomDocument }) {
  const inlines = (nodes: readonly Descendant[]): ReactNode[] =>
    nodes.map((node, index) => {
      if ('text' in node) return node.text;
      if (node.type === 'placeholder') {
        return (
          <span key={index} className="pr-placeholder__hint">
            {node.hint}
          </span>
        );
      }
      if (node.type === 'variable') {
        const value = variableValue(document, node.name);
        return (
          <span key={index} className={value ? 'pr-variable' : 'pr-variable pr-variable--empty'}>
            <span contentEditable={false}>{value || variableLabel(document, node.name)}</span>
          </span>
        );
      }
      return <span key={index}>{inlines(node.children as Descendant[])}</span>;
    });
  const block = (node: Descendant, index: number): ReactNode => {
    if ('text' in node) return node.text;
    switch (node.type) {
      case 'headline':
        return <h3 key={index}>{inlines(node.children)}</h3>;
      case 'dateline': {
        const { city, date, language } = document.metadata;
        const written = formatDateline(city, date, language);
        return written ? (
          <p key={index}>
            <b>{written}</b>
          </p>
        ) : null;
      }
      case 'award-row':
        return (
          <p key={index}>
            <b>
              {node.children.map((field, at) => (
                <span key={at}>
                  {at > 0 ? ', ' : ''}
                  {inlines(field.children)}
                </span>
              ))}
            </b>
          </p>
        );
      case 'quote':
        return (
          <blockquote key={index}>
            {inlines(node.children[0].children)} {profileOf(document.metadata.language).typing.dash} {inlines(node.children[1].children)}, {inlines(node.children[2].children)}
          </blockquote>
        );
      case 'award-ceremony':
        return <div key={index}>{node.children.map(block)}</div>;
      case 'bulleted-list':
      case 'numbered-list':
        return <ul key={index}>{node.children.map((item, at) => <li key={at}>{inlines(item.children)}</li>)}</ul>;
      case 'end-mark':
        return <p key={index}>###</p>;
      case 'section-heading':
        return <h4 key={index}>{inlines(node.children)}</h4>;
      default:
        return 'children' in node ? <p key={index}>{inlines(node.children as Descendant[])}</p> : null;
    }
  };
  return (
    <div className="pr-preview" lang={document.metadata.language} aria-live="polite">
      {document.body.map(block)}
    </div>
  );
}
