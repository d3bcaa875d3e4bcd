import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { getRole, getRoles } from '@/lib/content';
import { jsonSchemaDocument, openData, openRole } from '@/lib/open-data';
import { occupationJsonLd } from '@/lib/seo';
import { sitemapEntries } from '@/lib/sitemap';

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const schema = jsonSchemaDocument();
  const validateAll = ajv.compile(schema);
  const validateRole = ajv.compile(schema.$defs.role);

  it('/data/roles.json validates against /data/schema.json', () => {
    const data = JSON.parse(JSON.stringify(openData()));
    expect(validateAll(data), JSON.stringify(validateAll.errors)).toBe(true);
    expect(data.roles).toHaveLength(17);
  });

  it.each(getRoles('ru').map((r) => r.slug))('/data/roles/%s.json validates against the role schema', (slug) => {
    const role = JSON.parse(JSON.stringify(openRole(slug)));
    expect(validateRole(role), JSON.stringify(validateRole.errors)).toBe(true);
    expect(role.title.ru).toBe(getRole('ru', slug)!.title);
    expect(role.title.en).toBe(getRole('en', slug)!.title);
  });

  it('the schema rejects a record that breaks it', () => {
    const broken = { ...JSON.parse(JSON.stringify(openRole('hr-manager'))), slug: 'Not A Slug' };
    expect(validateRole(broken)).toBe(false);
  });
});

describe('JSON-LD', () => {
  it('describes a role as a schema.org Occupation with its ISCO-08 code', () => {
    const ld = occupationJsonLd(getRole('ru', 'hr-manager')!);
    expect(ld).toMatchObject({ '@type': 'Occupation', name: getRole('ru', 'hr-manager')!.title });
    expect(ld.occupationalCategory[0]).toMatchObject({ '@type': 'CategoryCode', codeValue: '2423', name: 'Personnel and careers professionals', inCodeSet: { name: 'ISCO-08' } });
    expect(ld.skills.length).toBeGreaterThanOrEqual(8);
    expect(ld.responsibilities.length).toBeGreaterThanOrEqual(8);
  });

  it('gives estimatedSalary only from current figures of the role itself, with their dates', () => {
    for (const role of getRoles('ru')) {
      const ld = occupationJsonLd(role);
      const current = role.pay.filter((p) => !p.outdated && p.scope === 'role');
      expect(ld.estimatedSalary?.length ?? 0, role.slug).toBe(current.length);
      for (const s of ld.estimatedSalary ?? []) {
        expect(s).toMatchObject({ currency: 'RUB', duration: 'P1M' });
        expect(s.validThrough >= '2023').toBe(true);
      }
    }
  });
});

describe('sitemap', () => {
  it('lists every role in both languages with its alternate', () => {
    const urls = sitemapEntries().map((e) => e.url);
    for (const r of getRoles('ru')) {
      expect(urls).toContain(`http://localhost:3000/roles/${r.slug}`);
      expect(urls).toContain(`http://localhost:3000/en/roles/${r.slug}`);
    }
    expect(sitemapEntries().every((e) => e.alternates.languages.ru && e.alternates.languages.en)).toBe(true);
  });
});
