import { describe, expect, it } from 'vitest';
import { at, openCase, START, subject, useCaseFiles, victim, type CaseFile } from '../people/people-fixture.js';
import { substantiate } from '../letters/referral-case.js';

const open = useCaseFiles();
const DAY = 24 * 60 * 60_000;

async function caseWithSubject(cf: CaseFile) {
  const created = await openCase(cf);
  const s01 = await cf.call('people.add', {
    caseId: created.id,
    profile: subject(),
    identity: { fullName: 'Quentin Ravensworth' },
  });
  const v01 = await cf.call('people.add', { caseId: created.id, profile: victim() });
  return { created, s01, v01 };
}

async function replyDeadline(cf: CaseFile, caseId: string, includeClosed = false) {
  const { items } = await cf.call('deadlines.list', { caseId, includeClosed });
  return items.filter((item) => item.clockId === 'follow_up_reply');
}

describe('the follow-up register', () => {
  it('opens an item when a notification to the contributing country is generated, with its reply clock', async () => {
    const cf = await open();
    const { created, s01 } = await caseWithSubject(cf);
    const letter = await cf.call('letters.generate', {
      caseId: created.id,
      templateId: 'tcc_notification',
      language: 'en',
      formats: ['pdf'],
    });
    const { items } = await cf.call('followUps.list', { caseId: created.id });
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      counterpart: 'contributing_country',
      kind: 'notification',
      openedBy: 'letter',
      letterId: letter.id,
      subjectId: s01.id,
      subjectCode: 'S-01',
      sentAt: START,
      state: 'awaiting_reply',
      replies: [],
      letters: [expect.objectContaining({ letterId: letter.id, templateId: 'tcc_notification' })],
    });
    const deadlines = await replyDeadline(cf, created.id);
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ concerns: { kind: 'follow_up', id: item?.id, label: 'S-01' } });
    // 90 whole days on the mission's calendar from the day it was sent.
    const dueMs = Date.parse(deadlines[0]?.dueAt ?? '');
    expect(dueMs - Date.parse(START)).toBeGreaterThan(89 * DAY);
    expect(dueMs - Date.parse(START)).toBeLessThanOrEqual(91 * DAY);
    expect(item?.due).toEqual({ deadlineId: deadlines[0]?.id, dueAt: deadlines[0]?.dueAt, closedAt: null });
  });

  it('opens an item by hand for a notification made outside Casefile, audited without its words', async () => {
    const cf = await open();
    const { created, s01 } = await caseWithSubject(cf);
    const item = await cf.call('followUps.open', {
      caseId: created.reference,
      counterpart: 'member_state',
      kind: 'referral',
      addressee: 'Permanent Mission of Ruritania',
      subjectId: s01.id,
      sentAt: at(START, -60),
      note: 'Handed over by Colonel Featherstonehaugh',
    });
    expect(item).toMatchObject({ openedBy: 'manual', state: 'awaiting_reply', letters: [] });
    expect(item.due?.closedAt).toBeNull();
    const audit = await cf.call('audit.list', { caseId: created.id });
    const row = audit.items.find((entry) => entry.action === 'follow_up.open');
    expect(row?.details).toMatchObject({ counterpart: 'member_state', kind: 'referral', openedBy: 'manual' });
    expect(JSON.stringify(audit.items)).not.toMatch(/Ruritania|Featherstonehaugh/);
  });

  it('closes the reply deadline when the first reply is recorded, and keeps every reply', async () => {
    const cf = await open();
    const { created } = await caseWithSubject(cf);
    const item = await cf.call('followUps.open', {
      caseId: created.id,
      counterpart: 'contributing_country',
      kind: 'notification',
      sentAt: at(START, -60),
    });
    const receivedAt = at(START, -10);
    const replied = await cf.call('followUps.reply', {
      followUpId: item.id,
      receivedAt,
      summary: 'A National Investigation Officer was appointed.',
      actionReported: 'Subject repatriated on 2 April',
    });
    expect(replied.state).toBe('replied');
    expect(replied.due).toEqual({ deadlineId: item.due?.deadlineId, dueAt: item.due?.dueAt, closedAt: receivedAt });
    expect(await replyDeadline(cf, created.id)).toEqual([]);
    const closed = await replyDeadline(cf, created.id, true);
    expect(closed[0]).toMatchObject({ closedAt: receivedAt });
    const again = await cf.call('followUps.reply', {
      followUpId: item.id,
      receivedAt: at(START, -5),
      summary: 'The national investigation report will follow.',
    });
    expect(again.replies.map((reply) => reply.summary)).toEqual([
      'A National Investigation Officer was appointed.',
      'The national investigation report will follow.',
    ]);
    const audit = await cf.call('audit.list', { caseId: created.id });
    expect(audit.items.filter((entry) => entry.action === 'follow_up.reply')).toHaveLength(2);
    expect(audit.items.some((entry) => entry.action === 'deadline.close')).toBe(true);
    expect(JSON.stringify(audit.items)).not.toContain('repatriated');
  });

  it("closes only the answered item's deadline, not another item's of the same case", async () => {
    const cf = await open();
    const { created } = await caseWithSubject(cf);
    const openItem = (minutes: number) =>
      cf.call('followUps.open', {
        caseId: created.id,
        counterpart: 'contributing_country',
        kind: 'notification',
        sentAt: at(START, minutes),
      });
    const first = await openItem(-120);
    const second = await openItem(-60);
    await cf.call('followUps.reply', { followUpId: first.id, receivedAt: at(START, -5), summary: 'NIO appointed' });
    const running = await replyDeadline(cf, created.id);
    expect(running.map((item) => item.concerns.id)).toEqual([second.id]);
  });

  it('takes a reply typed to the minute the item was sent in (a letter stamps it to the millisecond)', async () => {
    const cf = await open();
    const { created } = await caseWithSubject(cf);
    const sentAt = new Date(Date.parse(at(START, -30)) + 42_123).toISOString();
    const item = await cf.call('followUps.open', {
      caseId: created.id,
      counterpart: 'office',
      kind: 'referral',
      sentAt,
    });
    const before = await cf.refusal('followUps.reply', {
      followUpId: item.id,
      receivedAt: at(START, -31),
      summary: 'x',
    });
    expect(before).toMatchObject({ code: 'VALIDATION', reason: 'followUps.replyBeforeSent' });
    const replied = await cf.call('followUps.reply', { followUpId: item.id, receivedAt: at(START, -30), summary: 'x' });
    expect(replied.state).toBe('replied');
  });

  it('refuses a reply before the item was sent or in the future, and an unknown item', async () => {
    const cf = await open();
    const { created, v01 } = await caseWithSubject(cf);
    const item = await cf.call('followUps.open', {
      caseId: created.id,
      counterpart: 'office',
      kind: 'referral',
      sentAt: at(START, -60),
    });
    const before = await cf.refusal('followUps.reply', {
      followUpId: item.id,
      receivedAt: at(START, -120),
      summary: 'x',
    });
    expect(before).toMatchObject({ code: 'VALIDATION', reason: 'followUps.replyBeforeSent' });
    const future = await cf.refusal('followUps.reply', { followUpId: item.id, receivedAt: at(START, 5), summary: 'x' });
    expect(future.message).toBe('A referral, notification or reply cannot be dated in the future.');
    const blank = await cf.refusal('followUps.reply', { followUpId: item.id, receivedAt: at(START, -1), summary: ' ' });
    expect(blank.code).toBe('VALIDATION');
    const unknown = await cf.refusal('followUps.reply', {
      followUpId: '00000000-0000-4000-8000-000000000000',
      receivedAt: at(START, -1),
      summary: 'x',
    });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'This follow-up item was not found in this vault.' });
    const victimNamed = await cf.refusal('followUps.open', {
      caseId: created.id,
      counterpart: 'office',
      kind: 'referral',
      subjectId: v01.id,
      sentAt: at(START, -60),
    });
    expect(victimNamed.message).toBe('V-01 is not a subject of this case.');
    const listed = await cf.call('followUps.list', { caseId: created.id });
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]?.replies).toEqual([]);
  });

  it('links a later letter to the exchange, once', async () => {
    const cf = await open();
    const { created } = await caseWithSubject(cf);
    // A Member State referral concerns an expert on mission whose allegation is substantiated.
    const s02 = await cf.call('people.add', {
      caseId: created.id,
      profile: { ...subject(), personnelCategory: 'police_unpol' },
    });
    await substantiate(cf, created.id, s02.id);
    const item = await cf.call('followUps.open', {
      caseId: created.id,
      counterpart: 'member_state',
      kind: 'referral',
      sentAt: at(START, -60),
    });
    const letter = await cf.call('letters.generate', {
      caseId: created.id,
      templateId: 'member_state_referral',
      subjectId: s02.id,
      language: 'en',
      formats: ['pdf'],
    });
    // The referral letter opened an item of its own; linked to the first, it is also part of that exchange.
    const { items } = await cf.call('followUps.list', { caseId: created.id });
    expect(items.map((entry) => [entry.openedBy, entry.counterpart, entry.kind])).toEqual([
      ['manual', 'member_state', 'referral'],
      ['letter', 'member_state', 'referral'],
    ]);
    const linked = await cf.call('followUps.linkLetter', { followUpId: item.id, letterId: letter.id });
    expect(linked.letters.map((entry) => entry.letterId)).toEqual([letter.id]);
    const twice = await cf.refusal('followUps.linkLetter', { followUpId: item.id, letterId: letter.id });
    expect(twice).toMatchObject({ code: 'CONFLICT', reason: 'followUps.letterLinked' });
  });

  it('puts each item and each reply on the chronology', async () => {
    const cf = await open();
    const { created } = await caseWithSubject(cf);
    const item = await cf.call('followUps.open', {
      caseId: created.id,
      counterpart: 'contributing_country',
      kind: 'notification',
      sentAt: at(START, -600),
    });
    const replied = await cf.call('followUps.reply', {
      followUpId: item.id,
      receivedAt: at(START, -10),
      summary: 'NIO appointed',
    });
    const timeline = await cf.call('timeline.list', { caseId: created.id, locale: 'en' });
    const mine = timeline.dated.filter((entry) => entry.derivedFrom?.kind === 'follow_up');
    expect(mine.map((entry) => [entry.id, entry.title])).toEqual([
      [`fu:${item.id}:sent`, 'Notification sent to: Contributing country'],
      [`fu-reply:${replied.replies[0]?.id}`, 'Reply received: Contributing country'],
    ]);
  });
});
