/**
 * What lib/content hands to routes and components: a compiled guide and the parts of it
 * they read. Types only, so a component can name a guide without importing the compiler.
 */
import type { Frontmatter } from './frontmatter'

export interface Guide {
  /** The page's address: "/" for the hub, "/cancel/web" for a channel guide. */
  slug: string
  lang: string
  /** Path relative to the project, for error messages. */
  file: string
  frontmatter: Frontmatter
  /** Compiled MDX, evaluated by getMDXComponent on the server at build time. */
  code: string
  anchors: PageAnchor[]
  headings: Heading[]
  /** The places on the page a search result can point at (lib/content/search-docs.ts). */
  searchDocs: SearchDoc[]
  /** On a page of another edition: each of its anchors mapped to its English twin's. */
  anchorMap?: Record<string, string>
}

/** An address inside a page that a reader can share: `/cancel/web#sign-in`. */
export interface PageAnchor {
  id: string
  /**
   * step: a numbered step; item: another element with a hand-written id (a checklist item,
   * a ready-to-send message, a door on the hub); alias: an old id kept alive; section: a
   * heading.
   */
  kind: 'step' | 'item' | 'alias' | 'section'
  /** For an alias: the id it now points at. */
  target?: string
  /** For a step of another edition than English: the id of its English step. */
  translationOf?: string
}

export interface Heading {
  id: string
  text: string
}

/**
 * One place a search result can point at: a section (a heading and what follows it), a
 * step, an item with its own id, or the page itself (id ""), with its words as plain text.
 */
export interface SearchDoc {
  id: string
  kind: 'page' | 'section' | 'step' | 'item'
  /** The heading, step or item title; "" for the page (its title is the guide's). */
  title: string
  text: string
  /** A section that holds steps: the page's procedure, what its title promises. */
  procedure?: boolean
  /** The links in it, each with the words of the paragraph or item it stands in. */
  links: { href: string; text: string }[]
}
