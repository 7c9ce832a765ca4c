import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { collectTextBlocks, collectTextBlocksIn, textBlockCursor } from '../../../src/core/dom/text-blocks';

const dom = (body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`).document as unknown as Document;

/** The block texts collected from the `#r` region of a body. */
const texts = (body: string): string[] => {
  const doc = dom(`<div id="r">${body}</div>`);
  return collectTextBlocks([doc.getElementById('r')!]).map((b) => b.text);
};

describe('collectTextBlocks: blocks and inline text', () => {
  it('joins text split across inline elements into one block', () => {
    const doc = dom('<p id="p">The <em>US</em>-<a href="#">led <strong>coal</strong></a><span>ition</span> said.</p>');
    const [block, ...rest] = collectTextBlocks([doc.getElementById('p')!]);
    expect(rest).toEqual([]);
    expect(block!.text).toBe('The US-led coalition said.');
    expect(block!.element).toBe(doc.getElementById('p'));
    expect(block!.nodes.map((n) => n.data)).toEqual(['The ', 'US', '-', 'led ', 'coal', 'ition', ' said.']);
    expect(block!.starts).toEqual([0, 4, 6, 7, 11, 15, 20]);
  });

  it('gives one block per paragraph, heading, list item, quote, caption, cell and definition', () => {
    expect(
      texts(`<h2>Head</h2><p>Para</p><ul><li>One</li><li>Two</li></ul><blockquote>Quote</blockquote>
        <figure><img src="x.png" alt=""><figcaption>Caption</figcaption></figure>
        <table><tr><th>H</th><td>Cell</td></tr></table><dl><dt>Term</dt><dd>Def</dd></dl>`),
    ).toEqual(['Head', 'Para', 'One', 'Two', 'Quote', 'Caption', 'H', 'Cell', 'Term', 'Def']);
  });

  it('reads a div whose own text forms a paragraph, split around nested blocks', () => {
    expect(texts('<div>Before the list <b>bold</b><p>inner</p>after it</div>')).toEqual([
      'Before the list bold',
      'inner',
      'after it',
    ]);
  });

  it('counts <br> as a space and mentions no node for it', () => {
    const doc = dom('<div id="r"><p>First line<br>second<br><br>third</p></div>');
    const [block] = collectTextBlocks([doc.getElementById('r')!]);
    expect(block!.text).toBe('First line second  third');
    expect(block!.nodes.map((n) => n.data)).toEqual(['First line', 'second', 'third']);
    expect(block!.starts).toEqual([0, 11, 19]);
  });

  it('drops blank blocks and blank text nodes at the edges of a block', () => {
    const doc = dom('<div id="r">\n  <p>\n  <em>Text</em>  \n</p>\n  <p>   </p><br></div>');
    const blocks = collectTextBlocks([doc.getElementById('r')!]);
    expect(blocks.map((b) => b.text)).toEqual(['Text']);
    expect(blocks[0]!.nodes).toHaveLength(1);
  });

  it('keeps regions in document order, each once, and ignores a region inside another', () => {
    const doc = dom('<h1 id="h">Headline</h1><div id="b"><p id="p">Body</p></div>');
    const [h, b, p] = ['h', 'b', 'p'].map((id) => doc.getElementById(id)!);
    expect(collectTextBlocks([b!, h!, p!, b!]).map((x) => x.text)).toEqual(['Headline', 'Body']);
  });
});

describe('collectTextBlocks: skip rules', () => {
  it.each([
    ['script', '<script>var x = "Iraq";</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript>Enable JavaScript</noscript>'],
    ['template', '<template><p>Template</p></template>'],
    ['textarea', '<textarea>typed</textarea>'],
    ['input', '<input value="typed">'],
    ['select/option', '<select><option>Choice</option></select>'],
    ['button', '<button>Click me</button>'],
    ['code', '<p><code>const iraq = 1</code></p>'],
    ['pre', '<pre>preformatted Iraq</pre>'],
    ['kbd', '<p><kbd>Ctrl</kbd></p>'],
    ['samp', '<p><samp>output</samp></p>'],
    ['svg', '<svg><text>Chart label</text></svg>'],
    ['math', '<math><mi>x</mi></math>'],
    ['iframe', '<iframe>fallback</iframe>'],
    ['object', '<object>fallback</object>'],
    ['canvas', '<canvas>fallback</canvas>'],
    ['video', '<video>fallback</video>'],
    ['audio', '<audio>fallback</audio>'],
    ['contenteditable', '<div contenteditable="true"><p>Draft</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><p>Draft</p></div>'],
    ['hidden', '<p hidden>Hidden</p>'],
    ['aria-hidden', '<div aria-hidden="true"><p>Hidden</p></div>'],
    ['inline display:none', '<div style="color: red; display:none"><p>Hidden</p></div>'],
    ['inline visibility:hidden', '<p style="visibility: hidden !important">Hidden</p>'],
    ['nav', '<nav><a href="/">Home</a></nav>'],
    ['footer', '<footer><p>Footer</p></footer>'],
    ['aside', '<aside><p>Aside</p></aside>'],
    ['form', '<form><p>Subscribe to our newsletter</p></form>'],
    ['role=navigation', '<div role="navigation"><a href="/">Home</a></div>'],
    ['role=banner', '<div role="banner"><p>Site</p></div>'],
    ['role=contentinfo', '<div role="contentinfo"><p>Info</p></div>'],
    ['role=complementary', '<div role="complementary"><p>More</p></div>'],
    ['role=search', '<div role="search"><p>Search</p></div>'],
    ['role=dialog', '<div role="dialog"><p>Cookies</p></div>'],
    ['role=menu', '<ul role="menu"><li>Item</li></ul>'],
    ['role=toolbar', '<div role="toolbar"><p>Tools</p></div>'],
    ['share bar', '<div class="c-share-bar"><a href="#">Share on Facebook</a></div>'],
    ['social links', '<ul class="socialLinks"><li>Twitter</li></ul>'],
    ['follow bar', '<div class="follow-us">Follow us on Twitter</div>'],
    ['comments', '<section id="comments"><p>First!</p></section>'],
    ['disqus', '<div id="disqus_thread"><p>Comment</p></div>'],
    ['related stories', '<div class="related-stories"><p>Other story</p></div>'],
    ['recommended', '<div class="recommended"><p>Other story</p></div>'],
    ['most read', '<div class="most-read"><p>Other story</p></div>'],
    ['more stories', '<div data-component="more-stories"><p>Other story</p></div>'],
    ['newsletter', '<div class="newsletter-signup"><p>Sign up</p></div>'],
    ['promo', '<div class="promo-box"><p>Offer</p></div>'],
    ['ad', '<div class="ad-slot"><p>Advert</p></div>'],
    ['advertisement', '<div id="advertisement-top"><p>Advert</p></div>'],
    ['taboola', '<div class="taboola-feed"><p>Sponsored</p></div>'],
    ['byline social links', '<div class="byline"><span class="author-social"><a href="#">@jane</a></span></div>'],
    ['data-dossier-ignore', '<div data-dossier-ignore><p>Ignored</p></div>'],
    ['Dossier card host', '<dossier-card-host><p>Card</p></dossier-card-host>'],
  ])('skips %s', (_, html) => {
    expect(texts(`<p>Before</p>${html}<p>After</p>`)).toEqual(['Before', 'After']);
  });

  it.each([
    ['"shadow" is not "ad"', '<div class="shadow-box"><p>Kept</p></div>'],
    ['"commentary" is not "comment"', '<div class="commentary"><p>Kept</p></div>'],
    ['"loaded" is not "ad"', '<div class="loaded"><p>Kept</p></div>'],
    ['a header holding the headline', '<header class="article-header social-sharing"><h1>Kept</h1></header>'],
    [
      'a content name outweighs a furniture name',
      '<div class="article-body has-sidebar related-widget"><p>Kept</p></div>',
    ],
    ['a layout word with a content word', '<div class="content-sidebar-wrap"><p>Kept</p></div>'],
    ['a state class', '<div class="is-showing-sidebar"><p>Kept</p></div>'],
    ['an in-body "Read more" line', '<p><strong>Read more: </strong><a href="/x">Kept</a></p>'],
    ['contenteditable=false', '<div contenteditable="false"><p>Kept</p></div>'],
    ['aria-hidden=false', '<div aria-hidden="false"><p>Kept</p></div>'],
  ])('keeps %s', (_, html) => {
    expect(texts(html).join(' ')).toMatch(/Kept/);
  });

  it('does not second-guess a region root whose own name looks like furniture', () => {
    const doc = dom('<div id="r" class="story-sidebar"><p>Kept</p></div>');
    expect(collectTextBlocks([doc.getElementById('r')!]).map((b) => b.text)).toEqual(['Kept']);
  });

  it('skips a hidden region root', () => {
    const doc = dom('<div id="r" hidden><p>Hidden</p></div>');
    expect(collectTextBlocks([doc.getElementById('r')!])).toEqual([]);
  });

  describe('with computed styles (happy-dom)', () => {
    const window = new Window({ url: 'https://example.com/' });
    afterAll(() => window.happyDOM.close());

    it('skips elements hidden by a style sheet', () => {
      const doc = window.document;
      doc.write(`<!DOCTYPE html><html><head><style>.gone { display: none } .ghost { visibility: hidden }</style></head>
        <body><div id="r"><p>Shown</p><p class="gone">Gone</p><div class="ghost"><p>Ghost</p></div></div></body></html>`);
      const region = doc.getElementById('r') as unknown as Element;
      expect(collectTextBlocks([region]).map((b) => b.text)).toEqual(['Shown']);
    });
  });
});

describe('textBlockCursor', () => {
  it('collects in slices and ends with the same blocks as collectTextBlocks', () => {
    const body = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph <em>${i}</em> text.</p>`).join('');
    const doc = dom(`<div id="r">${body}</div>`);
    const region = doc.getElementById('r')!;
    const cursor = textBlockCursor([region]);
    const slices: number[] = [];
    const collected = [];
    while (!cursor.done) {
      const found = cursor.collect(0);
      slices.push(found.length);
      collected.push(...found);
    }
    expect(slices.length).toBeGreaterThan(1);
    expect(collected.map((b) => b.text)).toEqual(collectTextBlocks([region]).map((b) => b.text));
    expect(cursor.collect(10)).toEqual([]);
  });

  it('returns everything in one call when the budget allows', () => {
    const doc = dom('<div id="r"><p>One</p><p>Two</p></div>');
    const cursor = textBlockCursor([doc.getElementById('r')!]);
    expect(cursor.collect(1000).map((b) => b.text)).toEqual(['One', 'Two']);
    expect(cursor.done).toBe(true);
  });

  it('does a bounded amount of work per call: with no budget left, at most one block', () => {
    const doc = dom(`<div id="r">${'<p>One <em>two</em> three.</p>'.repeat(500)}</div>`);
    const cursor = textBlockCursor([doc.getElementById('r')!]);
    let calls = 0;
    while (!cursor.done) {
      expect(cursor.collect(0).length).toBeLessThanOrEqual(1);
      calls++;
    }
    expect(calls).toBeGreaterThanOrEqual(500);
  });

  it('collects a 1 MB page in slices that stay well under a long task', () => {
    const paragraph = `<p>${'The coalition said its troops would stay. '.repeat(6)}<a href="/x">Link</a> and <em>more</em>.</p>`;
    const doc = dom(`<div id="r">${paragraph.repeat(Math.ceil(1_000_000 / paragraph.length))}</div>`);
    const cursor = textBlockCursor([doc.getElementById('r')!]);
    const durations: number[] = [];
    let total = 0;
    while (!cursor.done) {
      const started = performance.now();
      total += cursor.collect(8).length;
      durations.push(performance.now() - started);
    }
    durations.sort((a, b) => a - b);
    expect(total).toBeGreaterThan(3000);
    expect(durations.length).toBeGreaterThan(1);
    // The median, not the maximum: a garbage-collection pause can land in any slice.
    expect(durations[Math.floor(durations.length / 2)]).toBeLessThan(50);
  });
});

describe('collectTextBlocksIn', () => {
  it('returns the blocks of a newly added paragraph only', () => {
    const doc = dom('<div id="r"><p>Old</p></div><div id="out"></div>');
    const region = doc.getElementById('r')!;
    const added = doc.createElement('p');
    const em = doc.createElement('em');
    em.textContent = 'text';
    added.append('New ', em);
    region.appendChild(added);
    expect(collectTextBlocksIn([added], [region]).map((b) => b.text)).toEqual(['New text']);
  });

  it('returns the whole paragraph when text joins an existing one', () => {
    const doc = dom('<div id="r"><p id="p">The US-led </p><p>Other</p></div>');
    const p = doc.getElementById('p')!;
    const added = doc.createElement('em');
    added.textContent = 'coalition';
    p.appendChild(added);
    expect(collectTextBlocksIn([added], [doc.getElementById('r')!]).map((b) => b.text)).toEqual([
      'The US-led coalition',
    ]);
  });

  it('ignores nodes outside the regions, inside skipped sub-trees, and other node types', () => {
    const doc = dom('<div id="r"><aside id="a"></aside></div><div id="out"></div>');
    const region = doc.getElementById('r')!;
    const outside = doc.createElement('p');
    outside.textContent = 'Outside';
    doc.getElementById('out')!.appendChild(outside);
    const skipped = doc.createElement('p');
    skipped.textContent = 'In an aside';
    doc.getElementById('a')!.appendChild(skipped);
    const comment = doc.createComment('note');
    region.appendChild(comment);
    expect(collectTextBlocksIn([outside, skipped, comment], [region])).toEqual([]);
  });

  it('returns each block once, in document order, for nested and repeated additions', () => {
    const doc = dom('<div id="r"></div>');
    const region = doc.getElementById('r')!;
    const section = doc.createElement('section');
    for (const text of ['First', 'Second']) {
      const p = doc.createElement('p');
      p.textContent = text;
      section.appendChild(p);
    }
    region.appendChild(section);
    const later = doc.createElement('p');
    later.textContent = 'Third';
    region.appendChild(later);
    const inner = section.querySelector('p')!;
    expect(collectTextBlocksIn([later, inner, section, section], [region]).map((b) => b.text)).toEqual([
      'First',
      'Second',
      'Third',
    ]);
  });
});
