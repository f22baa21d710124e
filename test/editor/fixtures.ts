/** A small documented botocore model (`gadgets`) for hover, completion and script tests. */
import { readFileSync } from 'node:fs';
import { modelFromBotocore } from '../../src/model/index.js';
import type { BotocoreModelJson, Operation, ServiceModel, Shape } from '../../src/model/index.js';
import { xformName } from '../../src/model/index.js';
import type { DocumentModels } from '../../src/editor/document.js';

const json = JSON.parse(readFileSync(new URL('./fixtures/gadgets.json', import.meta.url), 'utf8')) as BotocoreModelJson;

/** The gadgets model. */
export const gadgets: ServiceModel = modelFromBotocore(json, { serviceName: 'gadgets' });

/** A gadgets shape by name. */
export function gadget(name: string): Shape {
  const shape = gadgets.shape(name);
  if (shape === undefined) throw new Error(`no shape ${name}`);
  return shape;
}

/** Model lookup serving only the gadgets service. */
export const gadgetModels: DocumentModels = {
  findOperation(service: string, operation: string): Operation | undefined {
    if (service !== 'gadgets') throw new Error(`unknown service ${service}`);
    return [...gadgets.operations.values()].find((op) => xformName(op.name) === operation || op.name === operation);
  },
  serviceNames: () => ['gadgets'],
  operationNames(service: string): string[] {
    if (service !== 'gadgets') throw new Error(`unknown service ${service}`);
    return [...gadgets.operations.values()].map((op) => xformName(op.name));
  },
  findShape(reference: string): Shape | undefined {
    return reference.startsWith('gadgets.') ? gadgets.shape(reference.slice('gadgets.'.length)) : undefined;
  },
};
