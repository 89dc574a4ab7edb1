import { describeCron } from './schedule';
import { summariseSchedule } from './scheduleSummary';

const cron = { cron: { cronExpression: '0 0 12 * * ?', cronTimeZone: 'Europe/Paris' } };

describe('summariseSchedule', () => {
  it('shows a cron expression as written until the describer is loaded, then in words', () => {
    expect(summariseSchedule('cron', cron)).toBe('Cron 0 0 12 * * ? (Europe/Paris)');
    expect(summariseSchedule('cron', cron, describeCron)).toMatch(/^At 12:00.*\(Europe\/Paris\)$/);
  });

  it('keeps an invalid expression as written', () => {
    expect(summariseSchedule('cron', { cron: { cronExpression: 'every day', cronTimeZone: 'UTC' } }, describeCron)).toBe('Cron every day (UTC)');
  });

  it('describes basic and manual schedules', () => {
    expect(summariseSchedule('basic', { basicSchedule: { units: 1, timeUnit: 'days' } })).toBe('Every day');
    expect(summariseSchedule('basic', { basicSchedule: { units: 12, timeUnit: 'hours' } })).toBe('Every 12 hours');
    expect(summariseSchedule('manual', undefined)).toBe('Manual');
  });
});
