/** The playground's URL state (web/src/state.ts): what a link says, and the link of a state. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE, readState, writeState } from '../../web/src/state.js';

describe('the page state in the URL', () => {
  it.each([
    ['?shape=sagemaker.Tag&shorthand=Key=a,Vlaue=b', { shape: 'sagemaker.Tag', dialect: 'v1', source: 'shorthand', text: 'Key=a,Vlaue=b' }],
    ['?shape=sagemaker.Tag&json={"Key":"k","Value":"a,b"}', { shape: 'sagemaker.Tag', dialect: 'v1', source: 'json', text: '{"Key":"k","Value":"a,b"}' }],
    ['?shape=sagemaker.Tag&shorthand=Key%3Da%2Bb&dialect=v2', { shape: 'sagemaker.Tag', dialect: 'v2', source: 'shorthand', text: 'Key=a+b' }],
    // Both given: the shorthand wins (it is what the page converts from).
    ['?shape=s.T&json={}&shorthand=a=b', { shape: 's.T', dialect: 'v1', source: 'shorthand', text: 'a=b' }],
    ['?shape=s.T&dialect=v3', { shape: 's.T', dialect: 'v1', source: 'shorthand', text: '' }],
  ])('%s', (search, state) => {
    expect(readState(search)).toEqual(state);
    // The link written for the state reads back as the same state.
    expect(readState(writeState(readState(search)))).toEqual(state);
  });

  it('opens on an example of the default shape when the link names none', () => {
    const state = readState('');
    expect(state.shape).toBe(DEFAULT_SHAPE);
    expect(state.text).not.toBe('');
  });

  it('writes + and & in a value escaped, and the dialect only when not v1', () => {
    expect(writeState({ shape: 'sagemaker.Tag', dialect: 'v1', source: 'shorthand', text: 'Key=a+b&c' })).toBe('?shape=sagemaker.Tag&shorthand=Key%3Da%2Bb%26c');
    expect(writeState({ shape: 'sagemaker.Tag', dialect: 'v2', source: 'json', text: '{}' })).toBe('?shape=sagemaker.Tag&json=%7B%7D&dialect=v2');
  });
});
