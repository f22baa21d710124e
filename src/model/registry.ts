/**
 * The model registry: finds a service by its AWS CLI name, an operation by its CLI name, and
 * a shape by a `service.ShapeName` reference, from botocore data directories (the AWS CLI's
 * `AWS_DATA_PATH` layout) searched in order before the models bundled with the package.
 */
import { latestApiVersion, loadBotocoreFromLocation, listBotocoreServices, locateBotocoreModel } from './loaders/botocore.js';
import { bundledModelPath, bundledServiceNames, loadBundledModel } from './loaders/bundled.js';
import { ModelError } from './loaders/errors.js';
import { nodeOs, nodePath } from './loaders/node-modules.js';
import { cliServiceName, dataServiceName, isModelDirectoryName, otherServiceNames, referencedServiceName, xformName } from './loaders/names.js';
import type { Operation, ServiceModel, Shape } from './shape.js';
import { suggest } from './suggest.js';

/** Options for a registry. */
export interface RegistryOptions {
  /** botocore-layout data directories (`DIR/<service>/<version>/service-2.json[.gz]`), searched in order. */
  readonly dataPath?: readonly string[];
  /** Whether the bundled models are the last place searched (default `true`). */
  readonly bundled?: boolean;
}

/** Options for a registry set up as the AWS CLI sets up its model search path. */
export interface EnvironmentRegistryOptions {
  /** Directories searched first (e.g. from a `--data-path` option). */
  readonly dataPath?: readonly string[];
  /** Environment to read `AWS_DATA_PATH`, `HOME` and variables in paths from; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether to search `~/.aws/models` after `AWS_DATA_PATH`, as botocore does (default `true`). */
  readonly customerModels?: boolean;
}

/** A `service.ShapeName` reference split into its parts. */
export interface ShapeReference {
  /** The service as written: its CLI name (`sagemaker`, `s3api`) or botocore's (`s3`). */
  readonly service: string;
  /** The shape's model name, e.g. `AutoMLChannel`. */
  readonly shape: string;
}

/**
 * Split `sagemaker.AutoMLChannel` into service and shape. Shape names never contain dots,
 * so the last dot separates them (a service name may have one, e.g. `runtime.sagemaker`).
 */
export function parseShapeReference(reference: string): ShapeReference {
  const dot = reference.lastIndexOf('.');
  if (dot <= 0 || dot === reference.length - 1) {
    throw new ModelError(
      'INVALID_SHAPE_REFERENCE',
      `Shape reference ${JSON.stringify(reference)} is not of the form service.ShapeName`,
      reference,
    );
  }
  return { service: reference.slice(0, dot), shape: reference.slice(dot + 1) };
}

/**
 * The directories in an `AWS_DATA_PATH` value, as botocore reads it: split on the platform's
 * path delimiter, `$VAR`/`${VAR}` expanded from `env` (unknown ones left as they are), then a
 * leading `~` expanded to the home directory.
 */
export function dataPathFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const value = env['AWS_DATA_PATH'];
  if (value === undefined || value === '') return [];
  return value.split(nodePath().delimiter).map((entry) => expandHome(expandVariables(entry, env), env));
}

/** botocore's per-user model directory, `~/.aws/models`. */
export function customerDataPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return nodePath().join(homeDirectory(env), '.aws', 'models');
}

/** Finds services, operations and shapes by the names the AWS CLI uses. */
export class ModelRegistry {
  /** The data directories searched before the bundled models, in order. */
  readonly dataPath: readonly string[];
  private readonly useBundled: boolean;
  private readonly services = new Map<string, ServiceModel>();
  private readonly registered = new Map<string, ServiceModel>();
  private readonly operationIndex = new WeakMap<ServiceModel, Map<string, Operation>>();

  /** A registry over `options.dataPath` and (by default) the bundled models. */
  constructor(options: RegistryOptions = {}) {
    this.dataPath = [...(options.dataPath ?? [])];
    this.useBundled = options.bundled ?? true;
  }

  /**
   * A registry searching, in order: `options.dataPath`, the directories in `AWS_DATA_PATH`,
   * `~/.aws/models`, then the bundled models, like the AWS CLI's loader.
   */
  static fromEnvironment(options: EnvironmentRegistryOptions = {}): ModelRegistry {
    const env = options.env ?? process.env;
    const dataPath = [...(options.dataPath ?? []), ...dataPathFromEnvironment(env)];
    if (options.customerModels ?? true) dataPath.push(customerDataPath(env));
    return new ModelRegistry({ dataPath });
  }

  /**
   * Add a model loaded elsewhere (a Smithy model, SDK schemas, a file), found under its
   * `metadata.serviceName` before anything on disk.
   */
  register(model: ServiceModel): void {
    this.registered.set(model.metadata.serviceName, model);
  }

  /** CLI names of every registered service and every one with a model on disk, sorted. */
  serviceNames(): string[] {
    const names = new Set([...listBotocoreServices(this.dataPath)].map(cliServiceName));
    if (this.useBundled) for (const name of bundledServiceNames()) names.add(cliServiceName(name));
    for (const name of this.registered.keys()) names.add(name);
    return [...names].sort();
  }

  /** The service model for a CLI service name (`sagemaker`, `s3api`), or `undefined`. */
  findService(cliName: string): ServiceModel | undefined {
    const registered = this.registered.get(cliName);
    if (registered !== undefined) return registered;
    // User text (a script's service word, a shape header) names no file unless it is a
    // botocore directory name: anything else is unknown without touching the file system.
    if (!isModelDirectoryName(cliName)) return undefined;
    const cached = this.services.get(cliName);
    if (cached !== undefined) return cached;
    const model = this.loadService(cliName);
    if (model !== undefined) this.services.set(cliName, model);
    return model;
  }

  /** The service model for a CLI service name; throws `SERVICE_NOT_FOUND`. */
  service(cliName: string): ServiceModel {
    const model = this.findService(cliName);
    if (model === undefined) {
      throw new ModelError('SERVICE_NOT_FOUND', `Unknown service ${JSON.stringify(cliName)}`, cliName);
    }
    return model;
  }

  /**
   * The service a shape reference names, spelled as the AWS CLI spells it (`s3api`,
   * `configservice`, `deploy`, `runtime.sagemaker`) or as botocore does (`s3`, `config`,
   * `codedeploy`), or `undefined`. Unlike `findService`, which answers for AWS CLI commands
   * (`aws s3` is not the S3 model).
   * @example registry.findReferencedService('s3')?.metadata.serviceName // 's3api'
   */
  findReferencedService(name: string): ServiceModel | undefined {
    const cliName = referencedServiceName(name);
    return this.findService(name) ?? (cliName === name ? undefined : this.findService(cliName));
  }

  /**
   * An operation by its CLI name (`create-auto-ml-job`) or model name (`CreateAutoMLJob`),
   * or `undefined`; throws `SERVICE_NOT_FOUND` for an unknown service.
   */
  findOperation(service: string, name: string): Operation | undefined {
    const model = this.service(service);
    return model.operations.get(name) ?? this.operationsByCliName(model).get(name);
  }

  /** An operation by CLI or model name; throws `SERVICE_NOT_FOUND` or `OPERATION_NOT_FOUND`. */
  operation(service: string, name: string): Operation {
    const operation = this.findOperation(service, name);
    if (operation === undefined) {
      throw new ModelError(
        'OPERATION_NOT_FOUND',
        `Service ${service} has no operation ${JSON.stringify(name)}`,
        `${service} ${name}`,
      );
    }
    return operation;
  }

  /** CLI names of a service's operations, in model order. */
  operationNames(service: string): string[] {
    return [...this.operationsByCliName(this.service(service)).keys()];
  }

  /** The shape a `service.ShapeName` reference names, or `undefined` when the service lacks it. */
  findShape(reference: string): Shape | undefined {
    const { service, shape } = parseShapeReference(reference);
    return this.referencedService(service).shape(shape);
  }

  /**
   * The shape a `service.ShapeName` reference names; throws `INVALID_SHAPE_REFERENCE`,
   * `SERVICE_NOT_FOUND` or `SHAPE_NOT_FOUND`.
   * @example registry.shape('sagemaker.AutoMLChannel').kind // 'structure'
   */
  shape(reference: string): Shape {
    const { service, shape: name } = parseShapeReference(reference);
    const model = this.referencedService(service);
    const shape = model.shape(name);
    if (shape === undefined) {
      const suggestions = suggest(name, model.shapeNames()).map((close) => `${service}.${close}`);
      throw new ModelError('SHAPE_NOT_FOUND', `No shape ${JSON.stringify(reference)}`, reference, { suggestions });
    }
    return shape;
  }

  /**
   * `findReferencedService`, throwing `SERVICE_NOT_FOUND` with the close names of either
   * spelling as suggestions (listing the data path costs a directory scan, so only here).
   */
  referencedService(name: string): ServiceModel {
    const model = this.findReferencedService(name);
    if (model !== undefined) return model;
    const names = this.serviceNames();
    const spellings = new Set(names);
    for (const [other, cliName] of otherServiceNames()) if (spellings.has(cliName)) spellings.add(other);
    const suggestions = suggest(name, spellings);
    throw new ModelError('SERVICE_NOT_FOUND', `Unknown service ${JSON.stringify(name)}`, name, { suggestions });
  }

  private operationsByCliName(model: ServiceModel): Map<string, Operation> {
    let index = this.operationIndex.get(model);
    if (index === undefined) {
      index = new Map();
      for (const operation of model.operations.values()) index.set(xformName(operation.name), operation);
      this.operationIndex.set(model, index);
    }
    return index;
  }

  /**
   * botocore's rule across search places: the newest API version wins, and of equal versions
   * the earlier place; the bundle is the last place.
   */
  private loadService(cliName: string): ServiceModel | undefined {
    const dataName = dataServiceName(cliName);
    if (dataName === undefined) return undefined;
    const location = locateBotocoreModel(this.dataPath, dataName);
    const hasBundled = this.useBundled && bundledModelPath(dataName) !== undefined;
    if (location === undefined) return hasBundled ? loadBundledModel(dataName) : undefined;
    if (hasBundled) {
      const bundled = loadBundledModel(dataName);
      const bundledVersion = bundled.metadata.apiVersion;
      if (bundledVersion !== undefined && latestApiVersion([location.apiVersion, bundledVersion]) !== location.apiVersion) {
        return bundled;
      }
    }
    return loadBotocoreFromLocation(location, this.dataPath);
  }
}

let defaultInstance: ModelRegistry | undefined;

/** A shared registry of the bundled models only (no environment, no data path). */
export function bundledRegistry(): ModelRegistry {
  defaultInstance ??= new ModelRegistry();
  return defaultInstance;
}

function expandVariables(path: string, env: Readonly<Record<string, string | undefined>>): string {
  return path.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    const value = env[key];
    return value === undefined ? whole : value;
  });
}

function expandHome(path: string, env: Readonly<Record<string, string | undefined>>): string {
  if (path === '~' || path.startsWith('~/')) return homeDirectory(env) + path.slice(1);
  return path;
}

function homeDirectory(env: Readonly<Record<string, string | undefined>>): string {
  const home = env['HOME'];
  return home !== undefined && home !== '' ? home : nodeOs().homedir();
}
