/**
 * HTML → plain text and links, without rendering or executing anything.
 *
 * We drive htmlparser2's Tokenizer directly instead of its Parser: the Parser
 * keeps an element stack that it shifts and searches on every tag, which makes
 * deeply nested input (100k `<div>`s) quadratic. The tokenizer is a linear
 * state machine; we only need counters (inside `<script>`, `<style>`, `<head>`)
 * and block boundaries, never the tree. Entities are decoded by the tokenizer.
 */
import { Tokenizer, QuoteType } from 'htmlparser2';
import type { FoundLink } from '../types';
import { MAX_ANALYSED_TEXT } from './text';

export interface HtmlText {
  text: string;
  links: FoundLink[];
}

/** Elements whose content is not text for the reader. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'object', 'iframe', 'textarea', 'select']);

/** Elements that start a new line (HTML Living Standard "block-level" rendering, roughly). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Table cells are separated by a tab so `Status code:` and its value stay on one line. */
const CELL = new Set(['td', 'th']);

const MAX_LINKS = 500;
const MAX_LINK_TEXT = 500;

export function htmlToText(html: string): HtmlText {
  const chunks: string[] = [];
  let size = 0;
  const links: FoundLink[] = [];

  let skipDepth = 0;
  let preDepth = 0;
  let tagName = '';
  let attribName = '';
  let attribValue = '';
  let href: string | undefined;
  let link: { href: string; text: string } | undefined;

  const emit = (text: string): void => {
    if (size > MAX_ANALYSED_TEXT) return;
    chunks.push(text);
    size += text.length;
    if (link && link.text.length < MAX_LINK_TEXT) link.text += text;
  };
  const emitText = (raw: string): void => {
    if (skipDepth > 0) return;
    emit(preDepth > 0 ? raw : raw.replace(/\s+/g, ' '));
  };
  const finishLink = (): void => {
    if (link && links.length < MAX_LINKS) links.push({ href: link.href, text: link.text.replace(/\s+/g, ' ').trim() });
    link = undefined;
  };

  const openTag = (name: string): void => {
    if (SKIPPED.has(name)) skipDepth++;
    if (name === 'pre') preDepth++;
    if (BLOCK.has(name)) emit('\n');
    if (CELL.has(name)) emit('\t');
    if (name === 'a') {
      finishLink();
      if (href !== undefined) link = { href: href.trim(), text: '' };
    }
  };
  const closeTag = (name: string): void => {
    if (SKIPPED.has(name) && skipDepth > 0) skipDepth--;
    if (name === 'pre' && preDepth > 0) preDepth--;
    if (BLOCK.has(name)) emit('\n');
    if (name === 'a') finishLink();
  };

  let buffer = html;
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        emitText(buffer.slice(start, end));
      },
      ontextentity(codepoint) {
        if (skipDepth > 0) return;
        // `&nbsp;` and friends become a plain space, like white space in text.
        emit(codepoint === 0xa0 || codepoint === 0x20 || codepoint === 0x09 || codepoint === 0x0a || codepoint === 0x0d ? ' ' : String.fromCodePoint(codepoint));
      },
      onopentagname(start, end) {
        tagName = buffer.slice(start, end).toLowerCase();
        href = undefined;
      },
      onattribname(start, end) {
        attribName = buffer.slice(start, end).toLowerCase();
        attribValue = '';
      },
      onattribdata(start, end) {
        if (attribValue.length < 4_000) attribValue += buffer.slice(start, end);
      },
      onattribentity(codepoint) {
        if (attribValue.length < 4_000) attribValue += String.fromCodePoint(codepoint);
      },
      onattribend(_quote: QuoteType) {
        if (tagName === 'a' && attribName === 'href') href = attribValue;
      },
      onopentagend() {
        openTag(tagName);
      },
      onselfclosingtag() {
        openTag(tagName);
        // `<br/>`, `<a/>`: nothing opened stays open.
        if (SKIPPED.has(tagName) && skipDepth > 0) skipDepth--;
        if (tagName === 'a') finishLink();
      },
      onclosetag(start, end) {
        closeTag(buffer.slice(start, end).toLowerCase());
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(buffer);
  tokenizer.end();
  finishLink();
  buffer = '';

  return { text: tidy(chunks.join('')), links };
}

/** Trim each line, drop runs of blank lines (linear: one pass over the lines). */
function tidy(text: string): string {
  const out: string[] = [];
  let blank = 0;
  for (const line of text.split('\n')) {
    // trim() rather than an anchored regex: `[ \t]+$` backtracks quadratically on long runs of spaces.
    const trimmed = line.trim().replace(/ {2,}/g, ' ');
    if (trimmed === '') {
      blank++;
      if (blank > 1) continue;
    } else {
      blank = 0;
    }
    out.push(trimmed);
  }
  return out.join('\n').trim();
}
