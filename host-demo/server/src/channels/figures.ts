import type { ChannelId } from '@sirene/core';
import type { ChannelFigures } from './adapter.js';

/** Euro per SMS of 160 characters or per voice message of 60 seconds (BE-Alert, seed 002). */
export const COST_PER_MESSAGE_EUR = 0.055;

/**
 * The figures each simulated channel works to. Subscriber SMS, voice and e-mail are
 * BE-Alert's own (seed 002); cell broadcast and location-based SMS go out per cell, at
 * a rate this simulation assumes.
 */
export const CHANNEL_FIGURES: Readonly<Partial<Record<ChannelId, ChannelFigures>>> = {
  'cell-broadcast': {
    ratePerSecond: 100,
    costPerUnitEur: 0,
    countable: false,
    source:
      'Simulation assumption: 100 cells per second; reaches every phone in a cell, not counted in advance.',
  },
  'lb-sms': {
    ratePerSecond: 20,
    costPerUnitEur: 0,
    countable: false,
    source:
      'BE-Alert FAQ: location-based SMS is paid by the operators and cannot be counted in advance; 20 cells per second assumed.',
  },
  sms: {
    ratePerSecond: 500,
    costPerUnitEur: COST_PER_MESSAGE_EUR,
    countable: true,
    source: 'BE-Alert FAQ: at least 500 SMS per second; €0.055 per SMS of 160 characters.',
  },
  voice: {
    ratePerSecond: 10,
    costPerUnitEur: COST_PER_MESSAGE_EUR,
    countable: true,
    source: 'BE-Alert FAQ: at most 600 outgoing calls per minute; €0.055 per 60-second message.',
  },
  email: {
    ratePerSecond: 2500,
    costPerUnitEur: 0,
    countable: true,
    source: 'BE-Alert FAQ: at least 2,500 e-mails per second; free.',
  },
  'cap-feed': {
    ratePerSecond: 1,
    costPerUnitEur: 0,
    countable: true,
    source: 'CAP 1.2 Atom feed for info boards and screens; free.',
  },
};
