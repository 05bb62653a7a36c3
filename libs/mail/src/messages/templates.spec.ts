import { UnsubscribeTokens } from '../preferences/unsubscribe-token';

import { designInvitationMail, mentionMail, taskMail } from './templates';

describe('templates', () => {
  it('escape user text in the HTML part and keep it as written in the text part', () => {
    const mail = mentionMail({
      actorName: 'Rita <script>',
      designTitle: 'Wind & "solar"',
      body: '<img src=x onerror=alert(1)>',
      link: 'https://codesign.example.org/designs/d1#comment-c1',
      unsubscribeUrl: 'https://codesign.example.org/mail/unsubscribe/t',
    });
    expect(mail.html).not.toMatch(/<script>|<img/);
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('Wind &amp; &quot;solar&quot;');
    expect(mail.text).toContain('<img src=x onerror=alert(1)>');
    expect(mail.text).toContain('https://codesign.example.org/designs/d1#comment-c1');
    expect(mail.text).toContain('https://codesign.example.org/mail/unsubscribe/t');
  });

  it('put the design title in a one-line subject (no header injection)', () => {
    const mail = designInvitationMail({
      inviterName: 'Rita',
      designTitle: 'Line one\r\nBcc: victim@example.org',
      role: 'EMPLOYER_PARTNER',
      link: 'https://codesign.example.org/invitations/tok',
      expiresAt: new Date('2030-01-01T00:00:00Z'),
    });
    expect(mail.subject).toContain('Line one Bcc: victim@example.org');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain('https://codesign.example.org/invitations/tok');
    expect(mail.text).not.toContain('unsubscribe');
  });

  it('say what the task asks', () => {
    const mail = taskMail({
      ask: 'VOTE',
      actorName: 'Rita',
      designTitle: 'HVAC',
      stageLabel: 'Committee review',
      rationale: null,
      link: 'https://x.example/designs/d',
      unsubscribeUrl: 'https://x.example/mail/unsubscribe/t',
    });
    expect(mail.subject).toBe('“HVAC”: your vote is needed');
  });
});

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens('a-secret-that-is-long-enough-for-the-test');
  const userId = '3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b2c';

  it('verify what they signed, and nothing else', () => {
    const token = tokens.sign(userId);
    expect(tokens.verify(token)).toBe(userId);
    expect(tokens.verify(`${userId}.${'A'.repeat(43)}`)).toBeNull();
    expect(tokens.verify(token.replace(userId, '3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b2d'))).toBeNull();
    expect(new UnsubscribeTokens('another-secret-of-enough-length-here').verify(token)).toBeNull();
    expect(tokens.verify('')).toBeNull();
    expect(tokens.verify(`${token}.x`)).toBeNull();
  });
});
