import { CameraOutlined, DeleteOutlined, EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, AutoComplete, Button, Card, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberField } from '@scrutineer/domain/supervision/checklist';
import { db } from './db';
import { emptyForm, formFlags, formProblems, itemsFor, toPayload, type FormState } from './form';
import { useLive } from './hooks';
import { PhotoThumb } from './PhotoThumb';
import { problemText } from './problem-text';
import { newId } from './queue';
import type { ReferenceData } from './reference-data';

const ANSWERS = ['YES', 'NO', 'NOT_APPLICABLE', 'NOT_SEEN'] as const;
const SITE_KINDS = ['MEETING_HALL', 'POLLING_POINT', 'OTHER'] as const;
const draftOwner = (userId: string) => `draft:${userId}`;

/** The teams of the reader that cover an election (named, or lying in an assigned jurisdiction). */
function teamsCovering(data: ReferenceData, electionId: string | undefined) {
  const election = data.elections.find((e) => e.id === electionId);
  if (!election) return [];
  const places = new Set([election.jurisdiction.id, ...election.jurisdiction.ancestors.map((a) => a.id)]);
  return data.teams.filter((t) =>
    t.assignments.some((a) => a.electionId === election.id || (a.jurisdictionId && places.has(a.jurisdictionId))),
  );
}

/**
 * One observation, on a phone: election and site (with the phone's position when allowed), stage, the
 * stage's checklist with its numbers, violations, a narrative and photos from the camera. Every keystroke is
 * kept in IndexedDB, so a reload or a crash loses nothing; the domain's contradiction checks run as it is filled.
 */
export function ObservationForm({ data, onSaved }: { data: ReferenceData; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const userId = data.me.id;
  const [form, setForm] = useState<FormState | null>(null);
  const [tried, setTried] = useState(false);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'denied'>('idle');
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const photos = useLive(() => db.photos.where('ownerId').equals(draftOwner(userId)).toArray(), [userId], []);

  // The draft as last typed, after a reload or a crash.
  useEffect(() => {
    void db.drafts.get(userId).then((draft) => setForm((draft?.form as FormState | undefined) ?? emptyForm()));
  }, [userId]);

  // Where the phone may already tell its position, the site is located without asking.
  useEffect(() => {
    if (!form || form.latitude !== undefined || !navigator.permissions) return;
    void navigator.permissions.query({ name: 'geolocation' }).then((status) => {
      if (status.state === 'granted') locate();
    });
    // Once, when the draft is loaded.
  }, [form === null]);

  const update = (change: (f: FormState) => FormState) =>
    setForm((current) => {
      const next = change(current ?? emptyForm());
      // Written as typed: IndexedDB keeps the order of these writes.
      void db.drafts.put({ userId, form: next, updatedAt: new Date().toISOString() });
      return next;
    });

  const checklist = data.vocabulary.checklist;
  const now = new Date();
  const flags = useMemo(() => (form ? formFlags(form, checklist, new Date()) : []), [form, checklist]);
  if (!form) return null;
  const problems = formProblems(form, checklist, now);
  const items = itemsFor(checklist, form.stage);
  const teams = teamsCovering(data, form.electionId);
  const sites = data.sites.filter((s) => s.electionId === form.electionId);

  function locate() {
    if (!navigator.geolocation) return setLocating('denied');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating('idle');
        update((f) => ({ ...f, latitude: position.coords.latitude, longitude: position.coords.longitude }));
      },
      () => setLocating('denied'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  const addPhotos = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    await db.photos.bulkAdd(
      files.map((file) => ({
        id: newId(),
        userId,
        ownerId: draftOwner(userId),
        blob: file,
        name: file.name || 'photo.jpg',
        type: file.type || 'image/jpeg',
      })),
    );
  };

  const save = async () => {
    setTried(true);
    if (problems.length) return;
    setSaving(true);
    const id = newId();
    const savedAt = new Date().toISOString();
    const photoIds = photos.map((p) => p.id);
    // One transaction: the observation is queued, its photos move to it and the form empties, or nothing happens.
    await db.transaction('rw', db.outbox, db.photos, db.drafts, async () => {
      await db.outbox.add({ id, userId, state: 'waiting', payload: toPayload(id, form, checklist, savedAt), photoIds, savedAt });
      await db.photos.where('ownerId').equals(draftOwner(userId)).modify({ ownerId: id });
      // The next observation is often at the same place: election, site and stage stay.
      const next: FormState = {
        ...emptyForm(),
        electionId: form.electionId,
        teamId: form.teamId,
        siteName: form.siteName,
        siteKind: form.siteKind,
        latitude: form.latitude,
        longitude: form.longitude,
        stage: form.stage,
      };
      await db.drafts.put({ userId, form: next, updatedAt: savedAt });
      setForm(next);
    });
    setSaving(false);
    setTried(false);
    void message.success(t('observe.form.saved', { id: id.slice(0, 8) }));
    onSaved();
  };

  const setAnswer = (item: string, answer: string) =>
    update((f) => ({ ...f, answers: { ...f.answers, [item]: { ...f.answers[item], answer } } }));
  const setNumber = (item: string, field: NumberField, value: number | null) =>
    update((f) => ({
      ...f,
      answers: { ...f.answers, [item]: { ...f.answers[item], numbers: { ...f.answers[item]?.numbers, [field]: value } } },
    }));

  return (
    <Form layout="vertical" className="observe-form" component="div">
      <Form.Item label={t('observe.form.election')} htmlFor="observe-election" required>
        <Select
          id="observe-election"
          placeholder={t('observe.form.electionPlaceholder')}
          value={form.electionId}
          onChange={(electionId: string) => update((f) => ({ ...f, electionId, teamId: null }))}
          options={data.elections.map((e) => ({ value: e.id, label: `${e.jurisdiction.name} ${e.organization.name}` }))}
        />
      </Form.Item>
      {teams.length > 1 && (
        <Form.Item label={t('observe.form.team')} htmlFor="observe-team">
          <Select
            id="observe-team"
            value={form.teamId ?? undefined}
            onChange={(teamId: string) => update((f) => ({ ...f, teamId }))}
            options={teams.map((team) => ({ value: team.id, label: team.name }))}
          />
        </Form.Item>
      )}
      <Form.Item label={t('observe.form.site')} htmlFor="observe-site" required>
        <AutoComplete
          id="observe-site"
          value={form.siteName}
          placeholder={t('observe.form.sitePlaceholder')}
          options={sites.map((s) => ({ value: s.name }))}
          onChange={(siteName: string) => update((f) => ({ ...f, siteName }))}
          filterOption={(input, option) => (option?.value ?? '').toString().includes(input)}
        />
      </Form.Item>
      <Form.Item label={t('observe.form.siteKind')}>
        <Radio.Group
          aria-label={t('observe.form.siteKind')}
          optionType="button"
          value={form.siteKind}
          onChange={(e) => update((f) => ({ ...f, siteKind: e.target.value as FormState['siteKind'] }))}
          options={SITE_KINDS.map((k) => ({ value: k, label: t(`vocab.siteKind.${k}`) }))}
        />
      </Form.Item>
      <Space wrap className="observe-location">
        <Button icon={<EnvironmentOutlined />} onClick={locate} loading={locating === 'busy'}>
          {locating === 'busy' ? t('observe.form.locating') : t('observe.form.locate')}
        </Button>
        {form.latitude !== undefined && form.longitude !== undefined && (
          <>
            <Typography.Text>
              {t('observe.form.located', { latitude: form.latitude.toFixed(5), longitude: form.longitude.toFixed(5) })}
            </Typography.Text>
            <Button type="link" onClick={() => update((f) => ({ ...f, latitude: undefined, longitude: undefined }))}>
              {t('observe.form.clearLocation')}
            </Button>
          </>
        )}
        {locating === 'denied' && <Typography.Text type="secondary">{t('observe.form.locationDenied')}</Typography.Text>}
      </Space>
      <Form.Item label={t('observe.form.stage')} htmlFor="observe-stage" required>
        <Select
          id="observe-stage"
          placeholder={t('observe.form.stagePlaceholder')}
          value={form.stage}
          onChange={(stage: string) => update((f) => ({ ...f, stage }))}
          options={data.vocabulary.stages.map((s) => ({
            value: s.code,
            label: t(`vocab.observedStage.${s.code}`, { defaultValue: s.label }),
          }))}
        />
      </Form.Item>

      <Typography.Title level={5}>{t('observe.form.checklist')}</Typography.Title>
      {items.length === 0 && <Typography.Paragraph type="secondary">{t('observe.form.checklistHint')}</Typography.Paragraph>}
      {items.map((item) => {
        const given = form.answers[item.id];
        const counted = given?.answer === 'YES' || given?.answer === 'NO';
        const label = t(`vocab.checklistItem.${item.id}`, { defaultValue: item.text });
        const itemFlags = flags.filter((f) => f.item === item.id);
        return (
          <Card key={item.id} size="small" className="observe-item">
            <fieldset>
              <legend>{label}</legend>
              <Radio.Group
                aria-label={label}
                optionType="button"
                size="small"
                value={given?.answer}
                onChange={(e) => setAnswer(item.id, e.target.value as string)}
                options={ANSWERS.map((a) => ({ value: a, label: t(`vocab.checklistAnswer.${a}`) }))}
              />
              {counted && item.numbers.length > 0 && (
                <div className="observe-numbers">
                  {(item.numbers as NumberField[]).map((field) => {
                    const id = `observe-${item.id}-${field}`;
                    return (
                      <label key={field} htmlFor={id}>
                        <span>{t(`vocab.field.${field}`)}</span>
                        <InputNumber
                          id={id}
                          min={0}
                          precision={0}
                          inputMode="numeric"
                          value={given?.numbers?.[field] ?? null}
                          onChange={(value) => setNumber(item.id, field, typeof value === 'number' ? value : null)}
                          status={itemFlags.length ? 'warning' : undefined}
                        />
                      </label>
                    );
                  })}
                </div>
              )}
              {itemFlags.map((f) => (
                <Alert
                  key={f.rule}
                  className="observe-flag"
                  type="warning"
                  showIcon
                  title={t(`reasons.${f.rule}`, { ...f.values, defaultValue: f.message })}
                />
              ))}
            </fieldset>
          </Card>
        );
      })}

      <Typography.Title level={5}>{t('observe.form.violations')}</Typography.Title>
      {form.violations.map((v, i) => (
        <Card key={i} size="small" className="observe-item">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Select
              aria-label={t('observe.form.violationCode')}
              placeholder={t('observe.form.violationCode')}
              value={v.code}
              onChange={(code: string) => update((f) => ({ ...f, violations: f.violations.map((x, j) => (j === i ? { ...x, code } : x)) }))}
              options={data.vocabulary.violationCodes.map((c) => ({
                value: c.code,
                label: t(`vocab.violationCode.${c.code}`, { defaultValue: c.label }),
              }))}
            />
            <Radio.Group
              aria-label={t('observe.form.severity')}
              optionType="button"
              size="small"
              value={v.severity}
              onChange={(e) =>
                update((f) => ({
                  ...f,
                  violations: f.violations.map((x, j) => (j === i ? { ...x, severity: e.target.value as string } : x)),
                }))
              }
              options={data.vocabulary.severities.map((s) => ({ value: s, label: t(`vocab.severity.${s}`) }))}
            />
            <Input.TextArea
              aria-label={t('observe.form.description')}
              placeholder={t('observe.form.description')}
              rows={2}
              value={v.description}
              onChange={(e) =>
                update((f) => ({ ...f, violations: f.violations.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)) }))
              }
            />
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={() => update((f) => ({ ...f, violations: f.violations.filter((_, j) => j !== i) }))}
            >
              {t('observe.form.removeViolation')}
            </Button>
          </Space>
        </Card>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => update((f) => ({ ...f, violations: [...f.violations, { description: '' }] }))}>
        {t('observe.form.addViolation')}
      </Button>

      <Form.Item label={t('observe.form.narrative')} htmlFor="observe-narrative" className="observe-narrative">
        <Input.TextArea
          id="observe-narrative"
          rows={4}
          value={form.narrative}
          onChange={(e) => update((f) => ({ ...f, narrative: e.target.value }))}
        />
      </Form.Item>

      <Typography.Title level={5}>{t('observe.form.photos')}</Typography.Title>
      <div className="observe-photos">
        {photos.map((p) => (
          <PhotoThumb
            key={p.id}
            photo={p}
            removeLabel={t('observe.form.removePhoto', { name: p.name })}
            onRemove={() => void db.photos.delete(p.id)}
          />
        ))}
      </div>
      <input
        ref={fileInput}
        id="observe-photo-input"
        className="observe-file"
        type="file"
        aria-label={t('observe.form.takePhoto')}
        // The button below opens it; the input itself stays out of the tab order.
        tabIndex={-1}
        accept="image/*"
        capture="environment"
        multiple
        onChange={(e) => void addPhotos(e)}
      />
      <Button icon={<CameraOutlined />} onClick={() => fileInput.current?.click()}>
        {t('observe.form.takePhoto')}
      </Button>

      {flags.length > 0 && (
        <Alert
          className="observe-summary"
          type="warning"
          showIcon
          title={t('observe.form.contradictions')}
          description={
            <ul>
              {flags.map((f) => (
                <li key={`${f.rule}-${f.item}`}>{t(`reasons.${f.rule}`, { ...f.values, defaultValue: f.message })}</li>
              ))}
            </ul>
          }
        />
      )}
      {tried && problems.length > 0 && (
        <Alert
          className="observe-summary"
          type="error"
          showIcon
          title={t('observe.form.problems')}
          description={
            <ul>
              {problems.map((p) => (
                <li key={p.field}>{problemText(t, p.field, p.message)}</li>
              ))}
            </ul>
          }
        />
      )}
      <div className="observe-actions">
        <Button type="primary" size="large" block onClick={() => void save()} loading={saving}>
          {t('observe.form.save')}
        </Button>
        <Typography.Text type="secondary">{t('observe.form.draftKept')}</Typography.Text>
      </div>
    </Form>
  );
}
