/**
 * The shared config files as botocore reads them: profiles from both files, configparser's
 * INI rules, and the profile, region and endpoint the AWS CLI settles on. Where python3 with
 * botocore is installed, the profiles of every file below are checked against botocore's own
 * reading of the same file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itWith, pythonModule } from '../helpers/live.js';
import { clientRegion, configuredEndpoint, loadAwsConfig, scopedConfig, selectedProfile, timestampFormat } from '../../src/cli/argv/aws-config.js';
import type { AwsConfigFiles, ProfileSettings } from '../../src/cli/argv/aws-config.js';

const itWithBotocore = itWith(pythonModule('botocore.configloader'));

function writeTemp(name: string, text: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'aws-shorthand-config-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Our profiles for a config file and a credentials file, as plain objects. */
function ours(config: string, credentials = ''): Record<string, unknown> | string {
  const loaded = loadAwsConfig({ AWS_CONFIG_FILE: writeTemp('config', config), AWS_SHARED_CREDENTIALS_FILE: writeTemp('credentials', credentials) }, '/');
  if (!loaded.ok) return 'parse error';
  return Object.fromEntries([...loaded.files.profiles].map(([name, settings]) => [name, { ...settings }]));
}

/** botocore's profiles for the same files (config file profiles, credentials merged over). */
function theirs(config: string, credentials = ''): Record<string, unknown> | string {
  const script = `
import json, sys, botocore.configloader as c, botocore.exceptions as e
try:
    profiles = c.load_config(sys.argv[1])['profiles']
    for name, values in c.raw_config_parse(sys.argv[2]).items():
        profiles.setdefault(name, {}).update(values)
    print(json.dumps(profiles))
except e.ConfigParseError:
    print(json.dumps('parse error'))
`;
  const out = execFileSync('python3', ['-c', script, writeTemp('config', config), writeTemp('credentials', credentials)], { encoding: 'utf8' });
  return JSON.parse(out) as Record<string, unknown> | string;
}

const FILES: ReadonlyArray<readonly [string, string, string, Record<string, unknown> | string]> = [
  ['default and named profiles', '[default]\nregion = us-east-1\n[profile dev]\noutput = text\n', '', { default: { region: 'us-east-1' }, dev: { output: 'text' } }],
  ['comments and both assignment forms', '# c\n; c\n[default]\nRegion: eu-west-1\n  \noutput=json\n', '', { default: { region: 'eu-west-1', output: 'json' } }],
  ['no inline comments', '[default]\nregion = us-east-1 # not a comment\n', '', { default: { region: 'us-east-1 # not a comment' } }],
  ['a continued value', '[default]\nnote = one\n  two\n\n  three\nregion = x\n', '', { default: { note: 'one\ntwo\n\nthree', region: 'x' } }],
  ['a nested block', '[default]\ns3 =\n  addressing_style = path\n  max_concurrent_requests = 5\n', '', { default: { s3: { addressing_style: 'path', max_concurrent_requests: '5' } } }],
  ['a nested line without = is an error', '[default]\ns3 =\n  addressing_style\n', '', 'parse error'],
  ['quoted profile names and any profile* prefix', '[profile "a b"]\nx = 1\n[profiles c]\ny = 2\n[profile]\nz = 3\n[profile d e]\nw = 4\n', '', { 'a b': { x: '1' }, c: { y: '2' } }],
  ['other sections are no profiles', '[preview]\nx = 1\n[sso-session s]\ny = 2\n', '', {}],
  ['DEFAULT feeds every section', '[DEFAULT]\noutput = text\n[default]\n[profile p]\noutput = json\n', '', { default: { output: 'text' }, p: { output: 'json' } }],
  ['a repeated section is an error', '[default]\n[default]\n', '', 'parse error'],
  ['a repeated option is an error', '[default]\na = 1\nA = 2\n', '', 'parse error'],
  ['a line before any section is an error', 'region = x\n[default]\n', '', 'parse error'],
  ['a line without = or : is an error', '[default]\njust words\n', '', 'parse error'],
  ['an empty key is an error', '[default]\n= value\n', '', 'parse error'],
  ['the header ends at the last ]', '[profile a]b] trailing\nx = 1\n', '', { 'a]b': { x: '1' } }],
  ['credentials profiles are merged over config profiles', '[profile p]\nregion = a\noutput = text\n', '[p]\nregion = b\n[q]\naws_access_key_id = k\n', { p: { region: 'b', output: 'text' }, q: { aws_access_key_id: 'k' } }],
  ['CRLF line ends', '[default]\r\nregion = us-east-1\r\n', '', { default: { region: 'us-east-1' } }],
];

describe('config files', () => {
  it.each(FILES)('%s', (_name, config, credentials, expected) => {
    expect(ours(config, credentials)).toEqual(expected);
  });

  itWithBotocore.each(FILES)('botocore reads the same: %s', (_name, config, credentials) => {
    expect(ours(config, credentials)).toEqual(theirs(config, credentials));
  });

  it('treats a missing file as empty and refuses text that is not UTF-8', () => {
    expect(loadAwsConfig({ AWS_CONFIG_FILE: '/nonexistent/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials' }, '/')).toEqual({ ok: true, files: { profiles: new Map() } });
    const binary = writeTemp('config', Buffer.from([0x5b, 0x64, 0x5d, 0x0a, 0xff, 0xfe]));
    const loaded = loadAwsConfig({ AWS_CONFIG_FILE: binary, AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' }, '/');
    expect(loaded.ok ? undefined : loaded.failure).toMatchObject({ message: `Unable to parse config file: ${binary}`, code: 'CONFIG_PARSE_ERROR', exitStatus: 255 });
  });

  it('expands ~ and $VARS in the paths and reads relative paths from the working directory', () => {
    const path = writeTemp('config', '[default]\nregion = r1\n');
    const dir = join(path, '..');
    const viaHome = loadAwsConfig({ HOME: dir, AWS_CONFIG_FILE: '~/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' }, '/');
    const viaVar = loadAwsConfig({ D: dir, AWS_CONFIG_FILE: '$D/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' }, '/');
    const relative = loadAwsConfig({ AWS_CONFIG_FILE: 'config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' }, dir);
    for (const loaded of [viaHome, viaVar, relative]) expect(loaded.ok && loaded.files.profiles.get('default')).toEqual({ region: 'r1' });
  });

  it('keeps __proto__ and constructor as plain settings', () => {
    const profiles = ours('[default]\n__proto__ = x\nconstructor = y\n') as Record<string, Record<string, unknown>>;
    expect(Object.keys(profiles['default'] as object)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

describe('the profile, region and endpoint in use', () => {
  const files: AwsConfigFiles = {
    profiles: new Map<string, ProfileSettings>([
      ['default', { region: 'us-west-2' }],
      ['dev', { region: '', endpoint_url: 'http://dev' }],
    ]),
  };

  it.each([
    ['--profile wins', 'p', { AWS_DEFAULT_PROFILE: 'a', AWS_PROFILE: 'b' }, 'p'],
    ['an empty --profile is none', '', { AWS_PROFILE: 'b' }, 'b'],
    ['AWS_DEFAULT_PROFILE before AWS_PROFILE', undefined, { AWS_DEFAULT_PROFILE: 'a', AWS_PROFILE: 'b' }, 'a'],
    ['an empty variable still names a profile', undefined, { AWS_PROFILE: '' }, ''],
    ['none at all', undefined, {}, undefined],
  ] as const)('selects: %s', (_name, option, env, expected) => {
    expect(selectedProfile(option, env)).toBe(expected);
  });

  it('scopes to the default profile, which may be absent, and refuses a named one that is', () => {
    expect(scopedConfig(files, undefined)).toEqual({ ok: true, settings: { region: 'us-west-2' } });
    expect(scopedConfig({ profiles: new Map() }, undefined)).toEqual({ ok: true, settings: {} });
    expect(scopedConfig(files, 'dev')).toEqual({ ok: true, profile: 'dev', settings: { region: '', endpoint_url: 'http://dev' } });
    const missing = scopedConfig(files, 'default2');
    expect(missing.ok ? undefined : missing.failure).toMatchObject({ kind: 'other', message: 'The config profile (default2) could not be found', code: 'PROFILE_NOT_FOUND' });
  });

  it.each([
    ['--region first', 'eu-1', { AWS_DEFAULT_REGION: 'env' }, { region: 'cfg' }, 'eu-1'],
    ['an empty --region is none', '', { AWS_DEFAULT_REGION: 'env' }, {}, 'env'],
    ['an empty AWS_DEFAULT_REGION hides the profile', undefined, { AWS_DEFAULT_REGION: '' }, { region: 'cfg' }, ''],
    ['the profile last', undefined, {}, { region: 'cfg' }, 'cfg'],
    ['AWS_REGION is not read', undefined, { AWS_REGION: 'sdk' }, {}, undefined],
  ] as const)('region: %s', (_name, option, env, settings, expected) => {
    expect(clientRegion(option, env, settings)).toBe(expected);
  });

  it.each([
    ['the service variable first', { AWS_ENDPOINT_URL_SAGEMAKER: 'http://s', AWS_ENDPOINT_URL: 'http://g' }, {}, 'http://s'],
    ['then the global variable', { AWS_ENDPOINT_URL: 'http://g' }, { endpoint_url: 'http://p' }, 'http://g'],
    ['then the profile', {}, { endpoint_url: 'http://p' }, 'http://p'],
    ['none when told to ignore them', { AWS_ENDPOINT_URL: 'http://g', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'TRUE' }, { endpoint_url: 'http://p' }, undefined],
  ] as const)('configured endpoint: %s', (_name, env, settings, expected) => {
    expect(configuredEndpoint(env, settings, 'SageMaker')).toBe(expected);
  });

  it.each([
    [{}, 'wire'],
    [{ cli_timestamp_format: 'none' }, 'wire'],
    [{ cli_timestamp_format: 'wire' }, 'wire'],
    [{ cli_timestamp_format: 'iso8601' }, 'iso8601'],
  ] as const)('timestamp format of %j: %s', (settings, expected) => {
    expect(timestampFormat(settings)).toEqual({ ok: true, format: expected });
  });

  it('refuses any other cli_timestamp_format in the AWS CLI\'s words', () => {
    const result = timestampFormat({ cli_timestamp_format: 'ISO8601' });
    expect(result.ok ? undefined : result.failure).toMatchObject({
      message: 'Unknown cli_timestamp_format value: ISO8601, valid values are "none", "wire" or "iso8601"',
      code: 'BAD_TIMESTAMP_FORMAT',
      exitStatus: 255,
    });
  });
});
