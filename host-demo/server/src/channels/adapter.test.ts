// Exercise alerts can never reach a real adapter: checked by the compiler (the
// expect-error lines below fail the type check if the types ever allow it) and at run time
// by the registry and its guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdapterRefusal,
  AdapterRegistry,
  modeOf,
  type ChannelAdapter,
  type OutboundBatch,
} from './adapter.js';

function fake<M extends 'exercise' | 'actual'>(mode: M, log: string[]): ChannelAdapter<M> {
  return {
    channel: 'sms',
    mode,
    name: `fake-${mode}`,
    figures: { ratePerSecond: 500, costPerUnitEur: 0.055, countable: true, source: 'test' },
    async send(batch) {
      log.push(`${mode}:${batch.status}:${batch.recipients.join(',')}`);
      return batch.recipients.map((recipient) => ({ recipient, ok: true }));
    },
  };
}

const exerciseBatch: OutboundBatch<'exercise'> = {
  mode: 'exercise',
  status: 'Exercise',
  alertId: 'a',
  channel: 'sms',
  content: 'Oefening',
  recipients: ['+31612000001'],
};

test('types: an exercise batch does not fit a real adapter, nor an Actual status an exercise batch', () => {
  const real = fake('actual', []);
  // @ts-expect-error an exercise batch cannot be handed to a real adapter
  void (() => real.send(exerciseBatch));
  // @ts-expect-error an exercise batch cannot carry the status Actual
  const wrong: OutboundBatch<'exercise'> = { ...exerciseBatch, status: 'Actual' };
  void wrong;
  // @ts-expect-error a real batch carries only the status Actual
  const alsoWrong: OutboundBatch<'actual'> = { ...exerciseBatch, mode: 'actual' };
  void alsoWrong;
  assert.equal(modeOf('Actual'), 'actual');
  for (const s of ['Exercise', 'Test', 'System', 'Draft'] as const)
    assert.equal(modeOf(s), 'exercise');
});

test('an exercise server refuses to register a real adapter', () => {
  const registry = new AdapterRegistry('exercise');
  assert.throws(() => registry.register(fake('actual', [])), AdapterRefusal);
  registry.register(fake('exercise', []));
  assert.deepEqual(
    registry.list().map((a) => a.mode),
    ['exercise'],
  );
});

test('exercise server: Exercise and Test resolve to the exercise adapter, Actual to none', () => {
  const registry = new AdapterRegistry('exercise');
  registry.register(fake('exercise', []));
  assert.equal(registry.resolve('sms', 'Exercise')?.mode, 'exercise');
  assert.equal(registry.resolve('sms', 'Test')?.mode, 'exercise');
  assert.equal(registry.resolve('sms', 'Actual'), undefined);
  assert.deepEqual(registry.channels('Actual'), []);
});

test('live server: Exercise still never resolves to the real adapter, Actual never to the exercise one', async () => {
  const log: string[] = [];
  const registry = new AdapterRegistry('actual');
  registry.register(fake('actual', log));
  registry.register(fake('exercise', log));
  const ex = registry.resolve('sms', 'Exercise');
  const act = registry.resolve('sms', 'Actual');
  assert.equal(ex?.mode, 'exercise');
  assert.equal(act?.mode, 'actual');
  await ex?.send(exerciseBatch);
  assert.deepEqual(log, ['exercise:Exercise:+31612000001']);
});

test('run time: the guard refuses a batch whose status does not fit, even past the types', async () => {
  const log: string[] = [];
  const registry = new AdapterRegistry('actual');
  registry.register(fake('actual', log));
  registry.register(fake('exercise', log));
  const real = registry.resolve('sms', 'Actual');
  assert.ok(real);
  const smuggled = { ...exerciseBatch, mode: 'actual' } as unknown as OutboundBatch<'actual'>;
  await assert.rejects(real.send(smuggled), AdapterRefusal);
  const lying = {
    ...exerciseBatch,
    mode: 'actual',
    status: 'Exercise',
  } as unknown as OutboundBatch<'actual'>;
  await assert.rejects(real.send(lying), AdapterRefusal);
  const exercise = registry.resolve('sms', 'Exercise');
  const actualOnExercise = {
    ...exerciseBatch,
    status: 'Actual',
  } as unknown as OutboundBatch<'exercise'>;
  await assert.rejects(exercise!.send(actualOnExercise), AdapterRefusal);
  assert.deepEqual(log, [], 'no adapter was reached');
  // A registry entry that lies about its mode is refused as well.
  assert.throws(
    () =>
      registry.register({
        ...fake('exercise', log),
        mode: 'real',
      } as unknown as ChannelAdapter<'exercise'>),
    AdapterRefusal,
  );
});
