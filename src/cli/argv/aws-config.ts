/**
 * The AWS CLI's shared config files, as botocore reads them: `AWS_CONFIG_FILE` (default
 * `~/.aws/config`, sections `[default]` and `[profile NAME]`) and
 * `AWS_SHARED_CREDENTIALS_FILE` (default `~/.aws/credentials`, every section a profile, its
 * settings merged over the config file's). The profile in use is `--profile` (when not empty),
 * else `AWS_DEFAULT_PROFILE`, else `AWS_PROFILE`; a named profile that neither file has is an
 * error, while no profile at all means `default`, which may be absent.
 *
 * The files are INI as Python's `configparser` reads them: `#`/`;` comment lines, options
 * `key = value` or `key: value` (keys lower-cased, no inline comments), indented lines
 * continuing a value, a `[DEFAULT]` section feeding every other, and an indented block after
 * an empty value (`s3 =` …) read as nested settings.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { expandUser, expandVars } from '../file-reader.js';
import { failure } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';

/** One profile's settings; a nested block (`s3 =` + indented lines) is an object. */
export type ProfileSettings = Readonly<Record<string, string | Readonly<Record<string, string>>>>;

/** The profiles of both files, merged as botocore merges them. */
export interface AwsConfigFiles {
  readonly profiles: ReadonlyMap<string, ProfileSettings>;
}

/** The settings of the profile in use, or why there are none. */
export type ScopedConfig = { readonly ok: true; readonly profile?: string; readonly settings: ProfileSettings } | { readonly ok: false; readonly failure: CliFailure };

/**
 * Read both config files named by `env` (a missing file counts as empty; relative paths are
 * taken from `cwd`).
 * @example loadAwsConfig({ AWS_CONFIG_FILE: '/dev/null' }, '/') // { ok: true, files: { profiles: Map {} } }
 */
export function loadAwsConfig(env: NodeJS.ProcessEnv, cwd: string): { ok: true; files: AwsConfigFiles } | { ok: false; failure: CliFailure } {
  const profiles = new Map<string, Record<string, string | Record<string, string>>>();
  const configPath = expandPath(env['AWS_CONFIG_FILE'] ?? '~/.aws/config', env);
  const config = readIni(configPath, cwd);
  if (!config.ok) return config;
  for (const [section, values] of config.sections) {
    const name = section === 'default' ? 'default' : section.startsWith('profile') ? profileName(section) : undefined;
    if (name !== undefined) profiles.set(name, { ...values });
  }
  const credentials = readIni(expandPath(env['AWS_SHARED_CREDENTIALS_FILE'] ?? '~/.aws/credentials', env), cwd);
  if (!credentials.ok) return credentials;
  for (const [section, values] of credentials.sections) profiles.set(section, { ...profiles.get(section), ...values });
  return { ok: true, files: { profiles } };
}

/**
 * The profile name botocore would use: `--profile` when not empty, else the environment.
 * @example selectedProfile(undefined, { AWS_PROFILE: 'dev' }) // 'dev'
 */
export function selectedProfile(profileOption: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (profileOption !== undefined && profileOption !== '') return profileOption;
  return env['AWS_DEFAULT_PROFILE'] ?? env['AWS_PROFILE'];
}

/**
 * The settings of the profile in use; a failure, in the AWS CLI's words, for a named profile
 * that does not exist.
 * @example scopedConfig(files, 'nope') // { ok: false, failure: 'The config profile (nope) could not be found' }
 */
export function scopedConfig(files: AwsConfigFiles, profile: string | undefined): ScopedConfig {
  if (profile === undefined) return { ok: true, settings: files.profiles.get('default') ?? {} };
  const settings = files.profiles.get(profile);
  if (settings === undefined) return { ok: false, failure: failure('other', `The config profile (${profile}) could not be found`, { code: 'PROFILE_NOT_FOUND' }) };
  return { ok: true, profile, settings };
}

/**
 * The region a client is made for, as botocore picks it: `--region` (when not empty), else
 * `AWS_DEFAULT_REGION` when set at all, else the profile's `region`; an empty string is a
 * region too (and makes an invalid endpoint). `AWS_REGION` is the SDKs' variable, not the AWS
 * CLI v1's (`variables` are the dialect's; AWS CLI v2 reads `AWS_REGION` first).
 * @example clientRegion(undefined, { AWS_DEFAULT_REGION: 'us-east-1' }, {}) // 'us-east-1'
 */
export function clientRegion(
  regionOption: string | undefined,
  env: NodeJS.ProcessEnv,
  settings: ProfileSettings,
  variables: readonly string[] = ['AWS_DEFAULT_REGION'],
): string | undefined {
  if (regionOption !== undefined && regionOption !== '') return regionOption;
  for (const name of variables) {
    const value = env[name];
    if (value !== undefined) return value;
  }
  return textSetting(settings, 'region');
}

/**
 * An endpoint configured outside the command line, as botocore finds one:
 * `AWS_ENDPOINT_URL_<SERVICE_ID>`, `AWS_ENDPOINT_URL`, then the profile's `endpoint_url`, unless
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is true. (The SDK honours the same variables when sending.)
 * @example configuredEndpoint({ AWS_ENDPOINT_URL: 'http://localhost:4566' }, {}, 'SageMaker') // 'http://localhost:4566'
 */
export function configuredEndpoint(env: NodeJS.ProcessEnv, settings: ProfileSettings, serviceId: string | undefined): string | undefined {
  if ((env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'] ?? '').toLowerCase() === 'true') return undefined;
  const serviceVariable = serviceId === undefined ? undefined : `AWS_ENDPOINT_URL_${serviceId.replaceAll(' ', '_').toUpperCase()}`;
  for (const candidate of [serviceVariable === undefined ? undefined : env[serviceVariable], env['AWS_ENDPOINT_URL'], textSetting(settings, 'endpoint_url')]) {
    if (candidate !== undefined && candidate !== '') return candidate;
  }
  return undefined;
}

/** How response timestamps print: as they came over the wire, or as ISO 8601 with a UTC offset. */
export type TimestampFormat = 'wire' | 'iso8601';

/**
 * The profile's `cli_timestamp_format` (`none` and `wire` mean the same) among `choices` (the
 * dialect's; v1's by default), `unset` when there is none; a failure, in the AWS CLI's words,
 * for any other value.
 * @example timestampFormat({ cli_timestamp_format: 'iso8601' }) // { ok: true, format: 'iso8601' }
 */
export function timestampFormat(
  settings: ProfileSettings,
  choices: readonly string[] = ['none', 'wire', 'iso8601'],
  unset: TimestampFormat = 'wire',
): { ok: true; format: TimestampFormat } | { ok: false; failure: CliFailure } {
  const value = textSetting(settings, 'cli_timestamp_format');
  if (value === undefined) return { ok: true, format: unset };
  if (choices.includes(value) && (value === 'none' || value === 'wire')) return { ok: true, format: 'wire' };
  if (value === 'iso8601') return { ok: true, format: 'iso8601' };
  const listed = choices.map((choice) => `"${choice}"`);
  const valid = `${listed.slice(0, -1).join(', ')} or ${listed[listed.length - 1] ?? ''}`;
  return {
    ok: false,
    failure: failure('other', `Unknown cli_timestamp_format value: ${value}, valid values are ${valid}`, { code: 'BAD_TIMESTAMP_FORMAT' }),
  };
}

/**
 * Whether requests are validated before sending: botocore reads the profile's
 * `parameter_validation` as true only when it says `true` (any case); absent means true.
 * @example parameterValidation({ parameter_validation: 'false' }) // false
 */
export function parameterValidation(settings: ProfileSettings): boolean {
  const value = settings['parameter_validation'];
  if (value === undefined) return true;
  return typeof value === 'string' && value.toLowerCase() === 'true';
}

/** A text setting of a profile (nested blocks do not count). */
export function textSetting(settings: ProfileSettings, name: string): string | undefined {
  const value = settings[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * `[profile NAME]` → NAME. botocore only asks that the section start with `profile` and split
 * into exactly two shell words, so `[profiles NAME]` names a profile too.
 */
function profileName(section: string): string | undefined {
  const words = shlexSplit(section);
  return words !== undefined && words.length === 2 ? words[1] : undefined;
}

/** Words as Python's `shlex.split` makes them (not a shell: no operators, no expansions), undefined for an unclosed quote. */
function shlexSplit(text: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return undefined;
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      // Inside double quotes a backslash escapes only `"` and itself.
      let quoted = '';
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        const next = text[j + 1];
        if (text[j] === '\\' && (next === '"' || next === '\\')) quoted += text[++j];
        else quoted += text[j];
      }
      if (j >= text.length) return undefined;
      word = (word ?? '') + quoted;
      i = j;
    } else if (c === '\\') {
      if (i + 1 >= text.length) return undefined;
      word = (word ?? '') + text[++i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** botocore expands a config file path's variables first, then `~` (the reverse of file://). */
function expandPath(path: string, env: NodeJS.ProcessEnv): string {
  return expandUser(expandVars(path, env), env);
}

type IniResult = { ok: true; sections: Map<string, Record<string, string | Record<string, string>>> } | { ok: false; failure: CliFailure };

/** A file's sections, or the AWS CLI's parse failure; a missing file has none. */
function readIni(path: string, cwd: string): IniResult {
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    if (!existsSync(absolute) || !statSync(absolute).isFile()) return { ok: true, sections: new Map() };
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(absolute));
  } catch {
    return parseFailure(path);
  }
  const parsed = parseIni(text);
  return parsed === undefined ? parseFailure(path) : { ok: true, sections: parsed };
}

function parseFailure(path: string): { ok: false; failure: CliFailure } {
  return { ok: false, failure: failure('other', `Unable to parse config file: ${path}`, { code: 'CONFIG_PARSE_ERROR' }) };
}

/** configparser's reading of `text`: sections of lower-cased options; undefined where it raises. */
function parseIni(text: string): Map<string, Record<string, string | Record<string, string>>> | undefined {
  const raw = new Map<string, Map<string, string[]>>();
  let section: Map<string, string[]> | undefined;
  let option: string[] | undefined;
  let optionIndent = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const stripped = line.trim();
    const indent = line.length - line.trimStart().length;
    if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) {
      // Blank lines inside a continued value are kept; comments never are.
      if (stripped === '' && option !== undefined) option.push('');
      continue;
    }
    if (option !== undefined && section !== undefined && indent > optionIndent) {
      option.push(stripped);
      continue;
    }
    const header = /^\[(.+)\]/.exec(stripped);
    if (header !== null) {
      const name = header[1] as string;
      const existing = raw.get(name);
      // configparser refuses a repeated section, except its defaults section.
      if (existing !== undefined && name !== 'DEFAULT') return undefined;
      section = existing ?? new Map();
      raw.set(name, section);
      option = undefined;
      continue;
    }
    if (section === undefined) return undefined;
    const assignment = /^(.*?)\s*[=:]\s*(.*)$/.exec(stripped);
    if (assignment === null) return undefined;
    const key = (assignment[1] as string).trimEnd().toLowerCase();
    if (key === '' || section.has(key)) return undefined;
    option = [(assignment[2] as string).trim()];
    optionIndent = indent;
    section.set(key, option);
  }
  const defaults = raw.get('DEFAULT');
  raw.delete('DEFAULT');
  const sections = new Map<string, Record<string, string | Record<string, string>>>();
  for (const [name, options] of raw) {
    const values: Record<string, string | Record<string, string>> = Object.create(null) as Record<string, string | Record<string, string>>;
    for (const [key, lines] of [...(defaults ?? []), ...options]) {
      // Trailing blank lines of a value are dropped, as configparser drops them.
      while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
      const value = lines.join('\n');
      if (value.startsWith('\n')) {
        const nested = parseNested(value);
        if (nested === undefined) return undefined;
        values[key] = nested;
      } else {
        values[key] = value;
      }
    }
    sections.set(name, values);
  }
  return sections;
}

/** An indented block of `key = value` lines; undefined when a line has no `=`. */
function parseNested(value: string): Record<string, string> | undefined {
  const nested: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const line of value.split('\n')) {
    const stripped = line.trim();
    if (stripped === '') continue;
    const at = stripped.indexOf('=');
    if (at < 0) return undefined;
    nested[stripped.slice(0, at).trim()] = stripped.slice(at + 1).trim();
  }
  return nested;
}
