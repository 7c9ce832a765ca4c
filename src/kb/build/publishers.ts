/**
 * The publisher registry (`data/publishers.json`): every publisher the knowledge base cites, once, with its domains
 * and its kind, and the domains that must never be cited (mirrors, scrapers, content farms), each with its reason.
 * A source's publisher is found by its address: the registry entry whose domain is the address's host or a parent of
 * it ("uk.reuters.com" → Reuters), the most specific first.
 */

import type { PublisherKind } from '../schema';

/** Kinds a reader can trust as a fact's source on their own. */
export const STRONG_KINDS: ReadonlySet<PublisherKind> = new Set(['official', 'wire', 'newsroom']);

export interface Publisher {
  id: string;
  name: string;
  /** Hosts without "www."; each also covers its subdomains. */
  domains: string[];
  kind: PublisherKind;
  /** ISO 3166-1 alpha-2, or "INT" for international bodies. */
  country: string;
  /** One line: why this kind. */
  basis: string;
}

export interface DeniedDomain {
  domain: string;
  reason: string;
}

export interface PublisherRegistry {
  publishers: Publisher[];
  denied: DeniedDomain[];
}

export type PublisherMatch = { publisher: Publisher } | { denied: DeniedDomain } | undefined;

/** The host of an address, lower-case, without "www." and port; undefined when it is not an address. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Finds the publisher (or the denial) of an address, by its host and then each parent domain. */
export function createPublisherLookup(registry: PublisherRegistry): (url: string) => PublisherMatch {
  const byDomain = new Map<string, PublisherMatch>();
  for (const publisher of registry.publishers) {
    for (const domain of publisher.domains) byDomain.set(domain, { publisher });
  }
  for (const denied of registry.denied) byDomain.set(denied.domain, { denied });
  return (url) => {
    const host = hostOf(url);
    if (host === undefined) return undefined;
    const labels = host.split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const match = byDomain.get(labels.slice(i).join('.'));
      if (match) return match;
    }
    return undefined;
  };
}
