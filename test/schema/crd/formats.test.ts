import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ResourceSet } from '../../../src/resources/index.js';
import { serverFormat } from '../../../src/schema/formats/index.js';
import { createSchemaValidator, readSchemaFile } from '../../helpers/create-schema-validator.js';
import { makeResources } from '../../helpers/make-resource.js';
import { crdWithSpec, positionedIssues } from './positioned.js';
import { itemAt } from '../../helpers/item-at.js';

const check = (format: string, value: string): boolean => {
  const known = serverFormat(format, '1.36');
  if (!known) throw new Error(`no format ${format}`);
  return known.check(value);
};

// values from kube-openapi's strfmt tests and the Go parsers they call, each a fact about the server
const cases: Record<string, { pass: string[]; fail: string[] }> = {
  bsonobjectid: { pass: ['507f1f77bcf86cd799439011', '507F1F77BCF86CD799439011'], fail: ['507f1f77bcf86cd79943901', '507f1f77bcf86cd79943901g', ''] },
  uri: {
    pass: ['http://somewhere.com', 'https://user:p%40ss@host:8080/a/b?q=%zz', '/just/a/path', '*', 'mailto:%zz', 'urn:isbn:0451450523', 'http://[::1]:80/', 'http://x/p#frag', 'http:?q', '//not-authority'],
    fail: ['somewhere.com', '', ':nope', 'http://a b/', 'http://host:port/', 'http://a#b/', '/a%zz', '/a%', 'relative/path', 'http://[::1/', 'http://h/\u0001', 'http://us er@h/'],
  },
  email: {
    pass: ['blah@gmail.com', 'test@d.verylongtoplevel', 'email+tag@gmail.com', '" "@example.com', '"Abc\\@def"@example.com', '"Fred Bloggs"@example.com', '"Joe\\\\Blow"@example.com', 'customer/department=shipping@example.com', '!#$%&\'*+-/=?^_`{}|~@example.com', 'postmaster@☁→❄→☃→☀→☺→☂→☹→✝.ws', 'root@localhost', 'john@com', 'Jane Doe <jane@example.com>', '<jane@example.com>', 'jane@example.com (Jane)', 'jane@[192.0.2.1]', 'group: jane@example.com;'],
    fail: ['somebody@somewhere@com', 'jane', 'Jane Doe', 'jane@', '@example.com', 'jane..doe@example.com', '.jane@example.com', '""@example.com', 'jane@[300.0.0.1]', 'a@b.c, d@e.f', 'group:;', 'group: a@b.c, d@e.f;', 'Jane <jane@example.com', '=?x-unknown?q?Jane?= <jane@example.com>'],
  },
  hostname: {
    pass: ['somewhere.com', '888.com', 'a.com', '1.2.3.4.com', 'xn--bcher-kva.example.com', '☁→❄→☃→☀→☺→☂→☹→✝.ws', 'www.example.ôlà', 'ex$ample', 'localhost', 'x', 'x-y', 'a-', '<foo>', 'ex=ample.com', 'www.example-hyphenated.org', 'www.詹姆斯.london'],
    fail: ['somewhere.com!', 'user@email.domain', '1.1.1.1', 'a'.repeat(256), `x.y.${'a'.repeat(64)}`, 'www.example-.org', 'www.--example.org', '-www.example.org', 'www-', '-www', 'my-host', 'www.ex ample.org', '_www.example.org', 'www.example_underscored.org', 'www.詹姆斯.x', 'a.b.c.d', 'x.', 'a.b.c.dot-', 'example.com.', ''],
  },
  ipv4: { pass: ['127.0.0.1', '192.168.1.01', '010.0.0.1', '::ffff:1.2.3.4'], fail: ['198.168.254.2.2', '256.0.0.1', '1.2.3', '::1', '1.2.3.4 ', ''] },
  ipv6: { pass: ['::1', '2001:db8::8a2e:370:7334', '::ffff:1.2.3.4', '::', '1:2:3:4:5:6:7:8'], fail: ['127.0.0.1', 'fe80::1%eth0', '::ffff:1.2.3.04', '1:2:3:4:5:6:7:8:9', '12345::1', '1::2::3', '1:2:3:4:5:6:7::8', ''] },
  cidr: { pass: ['192.0.2.1/24', '192.0.02.1/24', '2001:db8:a0b:12f0::1/32', '10.0.0.0/008', '::/0'], fail: ['198.168.254.2', '2001:db8:a0b:12f0::1', '10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/+8', '10.0.0.0/8 '] },
  mac: { pass: ['01:02:03:04:05:06', '01-02-03-04-05-06', '0102.0304.0506', '01:02:03:04:05:06:07:08', `${'01:'.repeat(19)}01`], fail: ['01:02:03:04:05', '01:02:03:04:05:06:07', '01:02-03:04:05:06', '0102.0304.05-6', 'zz:02:03:04:05:06', ''] },
  uuid: { pass: ['a8098c1a-f86e-11da-bd1a-00112444be1e', 'A8098C1AF86E11DABD1A00112444BE1E'], fail: ['not-a-uuid', 'a8098c1a-f86e-11da-bd1a-00112444be1', ''] },
  uuid3: { pass: ['bcd02e22-68f0-3046-a512-327cca9def8f'], fail: ['bcd02e22-68f0-4046-a512-327cca9def8f'] },
  uuid4: { pass: ['025b0d74-00a2-4048-bf57-227c5111bb34'], fail: ['025b0d74-00a2-4048-cf57-227c5111bb34', '025b0d74-00a2-3048-bf57-227c5111bb34'] },
  uuid5: { pass: ['886313e1-3b8a-5372-9b90-0c9aee199e5d'], fail: ['886313e1-3b8a-4372-9b90-0c9aee199e5d'] },
  isbn: { pass: ['0321751043', '978-0321751041', '0-321-75104-3', '080442957X'], fail: ['836217463', '978-0321751042', '080442957x'] },
  isbn10: { pass: ['0321751043', '0 321 75104 3'], fail: ['836217463', '978-0321751041'] },
  isbn13: { pass: ['978-0321751041', '9780321751041'], fail: ['978-0321751042', '0321751043'] },
  creditcard: { pass: ['4111-1111-1111-1111', '4012-8888-8888-1881', '4111 1111 1111 1111', '378282246310005'], fail: ['9999-9999-9999-999', '4111-1111-1111-1112', ''] },
  ssn: { pass: ['111-11-1111', '999 99 9999', '111-11 1111'], fail: ['999 99 999', '111111111', '111-111111'] },
  hexcolor: { pass: ['#FFFFFF', '#000', 'fff', 'a1b2c3'], fail: ['#fffffffz', '#ffff', '##fff', ''] },
  rgbcolor: { pass: ['rgb(255,255,255)', 'rgb(0,0,0)', 'rgb( 1 , 22 ,\t199 )'], fail: ['rgb(300,0,0)', 'rgb(01,0,0)', 'rgb(0,0)', 'RGB(0,0,0)', 'rgb(256,0,0)'] },
  byte: { pass: ['aGVsbG8=', 'aGk=', 'aGVs', 'YQ=='], fail: ['', 'aGVsbG8', 'aGVs\nbG8=', 'a===', 'aGVsbG8=='] },
  password: { pass: ['', 'anything at all'], fail: [] },
  date: { pass: ['2006-01-02', '2024-02-29', '0000-02-29'], fail: ['2023-02-29', '2006-1-02', '2006-13-01', '2006-04-31', '20060102', '2006-01-02T00:00:00Z'] },
  duration: {
    pass: ['0', '-0', '+0', '1h30m', '1.5h', '.5s', '1μs', '-1ms', '1.99999999999999999999999s', '3 days', '1 hour and then some', 'PT1H', 'P1D', '5 minutes', '1  µs', '2562047h', '9999999999h'],
    fail: ['', 'yada', 'three week', '12 parsecs', '12 y', '45 wekk', '45 weeekks', '1', 'h', '.s', '9999999999999999999999999999 weeks', '1 mo'],
  },
  'date-time': {
    pass: ['2014-12-15T08:00:00.000Z', '2011-08-18T19:03:37.000000000+01:00', '2014-12-15T19:30:20Z', '0001-01-01T00:00:00Z', '2014-12-15t19:30:20z', '2014-12-15T19:30:20x123Z', '2014-12-15T19:30:20Zt'],
    fail: ['2014-12-15T08:00:00', '2014-12-15 19:30:20Z', '2014-12-15T19:30Z', '2014-12-15T24:00:00Z', '2014-12-15T19:60:00Z', '2014-02-30T19:30:20Z', '2014-12-15T19:30:20+0100', '2014-12-15T19:30:20.Z', 'yada', ''],
  },
  'k8s-short-name': { pass: ['a', 'my-name', '0abc', 'a'.repeat(63)], fail: ['My-name', '-a', 'a-', 'a.b', 'a'.repeat(64), ''] },
  'k8s-long-name': { pass: ['a.b', 'my-name.example.com', 'a'.repeat(100)], fail: ['A.b', 'a..b', '.a', 'a.', 'a-.b', 'a'.repeat(254), ''] },
};

describe('the string formats kube-apiserver checks on custom resources', () => {
  for (const [format, { pass, fail }] of Object.entries(cases)) {
    it(`${format}: accepts what the server accepts and rejects what it rejects`, () => {
      expect(pass.filter((value) => !check(format, value))).toEqual([]);
      expect(fail.filter((value) => check(format, value))).toEqual([]);
    });
  }

  it('names every format of the server allow-list (apiextensions-apiserver formats.go), and nothing else', () => {
    const allowList = ['bsonobjectid', 'uri', 'email', 'hostname', 'ipv4', 'ipv6', 'cidr', 'mac', 'uuid', 'uuid3', 'uuid4', 'uuid5', 'isbn', 'isbn10', 'isbn13', 'creditcard', 'ssn', 'hexcolor', 'rgbcolor', 'byte', 'password', 'date', 'duration', 'datetime', 'k8s-short-name', 'k8s-long-name'];
    expect(allowList.filter((name) => !serverFormat(name, '1.36'))).toEqual([]);
    expect(Object.keys(cases).filter((name) => !serverFormat(name, '1.36'))).toEqual([]);
    for (const ignored of ['int32', 'int64', 'float', 'double', 'int-or-string', 'regex', 'time', 'iri', 'UUID', 'Date-Time']) expect(serverFormat(ignored, '1.36')).toBeUndefined();
  });

  it('normalises names as go-openapi does: every dash dropped, case kept', () => {
    expect(serverFormat('date-time', '1.36')?.name).toBe('date-time');
    expect(serverFormat('datetime', '1.36')?.name).toBe('date-time');
    expect(serverFormat('u-u-i-d', '1.36')?.name).toBe('uuid');
    expect(serverFormat('k8sshortname', '1.36')?.name).toBe('k8s-short-name');
  });

  it('checks k8s-short-name and k8s-long-name from Kubernetes 1.34 on only', () => {
    expect(serverFormat('k8s-short-name', '1.33')).toBeUndefined();
    expect(serverFormat('k8s-long-name', '1.33')).toBeUndefined();
    expect(serverFormat('k8s-short-name', '1.34')).toBeDefined();
    expect(serverFormat('uuid', '1.28')).toBeDefined();
  });

  it('does linear work on long hostile values', () => {
    const long = `${'1'.repeat(50_000)} ${'a'.repeat(50_000)}`;
    const start = performance.now();
    for (const format of Object.keys(cases)) check(format, long);
    check('email', `${'('.repeat(20_000)}${'\\'.repeat(20_000)}`);
    check('uri', `http://${'%'.repeat(50_000)}`);
    check('duration', '1 '.repeat(50_000));
    check('rgbcolor', `rgb(${' '.repeat(50_000)}`);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

const uuidField = `            type: object
            properties:
              id:
                type: string
                format: uuid
              seen:
                type: string
                format: date-time
              count:
                type: integer
                format: int32
              shortName:
                type: string
                format: k8s-short-name
`;

describe('formats on custom resources and --schemas files', () => {
  it('reports a bad value of a CRD-defined kind at the value, in the server\'s terms', () => {
    const issues = positionedIssues(crdWithSpec(uuidField,
      '{id: a8098c1a-f86e-11da-bd1a-00112444be1e, seen: "2024-01-02T03:04:05Z", count: 3, shortName: ok}',
      '{id: not-a-uuid, seen: "2024-01-02 03:04:05"}'));
    expect(issues[1]).toEqual([]);
    expect(issues[2]).toEqual([
      'badFormat 40:12 spec.id: string "not-a-uuid" is not a valid uuid',
      'badFormat 40:30 spec.seen: string "2024-01-02 03:04:05" is not a valid date-time',
    ]);
  });

  it('ignores k8s-short-name before Kubernetes 1.34, as that server does', () => {
    const yaml = crdWithSpec(uuidField, '{shortName: Not_Short}');
    const resources = makeResources(yaml, 'input.yaml');
    const messages = (version: '1.33' | '1.34') => {
      const validator = createSchemaValidator({ kubernetesVersion: version }, new ResourceSet(resources));
      return validator.validate(itemAt(resources, 1)).map((issue) => issue.message);
    };
    expect(messages('1.33')).toEqual([]);
    expect(messages('1.34')).toEqual(['spec.shortName: string "Not_Short" is not a valid k8s-short-name']);
  });

  describe('a --schemas file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drydock-formats-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'widget-example-v1.json'), JSON.stringify({
      type: 'object',
      properties: { spec: { type: 'object', properties: { interval: { type: 'string', format: 'duration' }, when: { type: 'string', format: 'date-time' }, size: { type: 'integer', format: 'int32' }, note: { type: 'string', format: 'made-up' } } } },
    }));

    it('checks the same formats as a CRD, at the value', () => {
      const yaml = 'apiVersion: example.io/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  interval: 5 minutes\n  size: 3\n  note: anything\n---\napiVersion: example.io/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  interval: soon\n  when: "2024-01-02"\n';
      const resources = makeResources(yaml, 'input.yaml');
      const validator = createSchemaValidator({ kubernetesVersion: '1.36', extraSchemas: { dirs: [dir], readFile: readSchemaFile } }, new ResourceSet(resources));
      const issues = resources.map((resource) => validator.validate(resource).map((issue) => {
        const { start } = resource.rangeOf(issue.path, issue.target);
        return `${issue.messageId} ${start.line}:${start.column} ${issue.message}`;
      }));
      expect(issues[0]).toEqual([]);
      expect(issues[1]).toEqual([
        'badFormat 13:13 spec.interval: string "soon" is not a valid duration',
        'badFormat 14:9 spec.when: string "2024-01-02" is not a valid date-time',
      ]);
    });
  });
});
