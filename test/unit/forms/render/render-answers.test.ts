import { describe, expect, it } from 'vitest';
import { innovationReportForm as form } from '#forms/innovation-report.form.ts';
import { renderAnswers } from '#forms/render/render-answers.ts';
import { label, makeAnswers, makeDefinition } from '../builders.ts';
import { everyFieldForm, makeEveryFieldAnswers } from '../every-field-form.ts';
import { type Element, elements, parseHtml, textContent } from './mini-dom.ts';

/** Each `<dt>` of the top-level lists with the text of its `<dd>`. */
function pairs(root: Element): [string, string][] {
  return elements(root)
    .filter((e) => e.tag === 'dl' && e.parent?.tag === 'section')
    .flatMap((dl) => {
      const children = dl.children.filter((c): c is Element => typeof c !== 'string');
      return children.flatMap((c, i) =>
        c.tag === 'dt' ? [[textContent(c), textContent(children[i + 1]!)] as [string, string]] : [],
      );
    });
}

const fileHref = (ref: { fileId: string }) => `/files/${ref.fileId}?a=1&b=2`;

describe('renderAnswers', () => {
  it('lists labels and formatted values in Bahasa Indonesia', () => {
    // Act
    const root = parseHtml(renderAnswers(form, makeAnswers(), 'id', { fileHref }));

    // Assess
    expect(Object.fromEntries(pairs(root))).toMatchObject({
      'Jenis inovasi': 'Aplikasi',
      'Tanggal peluncuran': '17 Agustus 2019',
      'Dimensi dan subdimensi Smart City': 'Smart Governance: Pelayanan publik',
      'Jumlah penerima manfaat': '12.500',
      'Tingkat kematangan inovasi': 'Tingkat 3 Terdefinisi: memiliki SOP dan digunakan secara rutin.',
      'Dokumen bukti': 'sk-walikota.pdf (244,1 KB)',
    });
    const link = elements(root).find((e) => e.tag === 'a' && textContent(e) === 'sk-walikota.pdf');
    expect(link?.attributes.get('href')).toBe('/files/file-01HZX?a=1&b=2');
    expect(
      elements(root)
        .filter((e) => e.tag === 'h2')
        .map(textContent),
    ).toEqual([
      'Identitas inovasi',
      'Keselarasan dengan masterplan',
      'Jangkauan dan kematangan',
      'Bukti dukung',
    ]);
  });

  it('writes dates, numbers and levels in English', () => {
    const entries = Object.fromEntries(pairs(parseHtml(renderAnswers(form, makeAnswers(), 'en'))));
    expect(entries).toMatchObject({
      'Launch date': '17 August 2019',
      'People reached': '12,500',
      'Innovation type': 'Application',
      'Evidence document': 'sk-walikota.pdf (244.1 KB)',
    });
    expect(entries['Innovation maturity level']).toMatch(/^Level 3 Defined/);
  });

  it('leaves out hidden and empty fields, and sections with nothing to show', () => {
    // Prepare
    const answers = makeAnswers({
      status: 'planned',
      peopleReached: 5,
      masterPlanProgram: '  ',
      evidenceLinks: [],
    });

    // Act
    const root = parseHtml(renderAnswers(form, answers, 'id'));

    // Assess
    const labels = pairs(root).map(([dt]) => dt);
    expect(labels).not.toContain('Jumlah penerima manfaat');
    expect(labels).not.toContain('Program dalam masterplan');
    expect(labels).not.toContain('Tautan bukti');
    const onlyName = parseHtml(renderAnswers(form, { name: 'Sikoja' }, 'id'));
    expect(elements(onlyName).filter((e) => e.tag === 'section')).toHaveLength(1);
  });

  it('renders group items as a numbered list of nested lists, and multiple choices as a list', () => {
    // Act
    const root = parseHtml(renderAnswers(everyFieldForm, makeEveryFieldAnswers(), 'en'));

    // Assess
    const items = elements(root)
      .filter((e) => e.tag === 'ol')
      .flatMap((ol) => ol.children.filter((c): c is Element => typeof c !== 'string'));
    expect(items.map(textContent)).toEqual([
      'EN members #1EN member nameRinaEN roleEN lead',
      'EN members #2EN member nameBudi',
    ]);
    const topics = pairs(root).find(([dt]) => dt === 'EN topics');
    expect(topics?.[1]).toBe('EN aEN c');
    expect(Object.fromEntries(pairs(root))['EN satisfaction']).toBe('4 of 5');
  });

  it('escapes answers, keeps line breaks, and links only web addresses', () => {
    // Prepare
    const definition = makeDefinition([
      { id: 'body', type: 'longText', maxLength: 99, label: label('body') },
      { id: 'site', type: 'url', label: label('site') },
    ]);

    // Act
    const root = parseHtml(
      renderAnswers(definition, { body: '<script>x</script>\nline', site: 'javascript:alert(1)' }, 'id'),
    );

    // Assess
    expect(elements(root).map((e) => e.tag)).toEqual(['section', 'h2', 'dl', 'dt', 'dd', 'br', 'dt', 'dd']);
    expect(Object.fromEntries(pairs(root))).toEqual({
      'ID body': '<script>x</script>line',
      'ID site': 'javascript:alert(1)',
    });
  });

  it('names a file without a link when no fileHref is given', () => {
    const root = parseHtml(renderAnswers(form, makeAnswers(), 'id'));
    expect(
      elements(root)
        .filter((e) => e.tag === 'a')
        .map(textContent),
    ).not.toContain('sk-walikota.pdf');
  });
});
