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
