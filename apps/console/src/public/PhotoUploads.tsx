import { Button, List, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Upload } from 'tus-js-client';
import { solveProofOfWork } from './proof-of-work';

/** What the server takes (supervision/attachment-uploads.ts): photos only here, 20 MB each, 10 a filing. */
const TYPES = ['image/jpeg', 'image/png', 'image/heic', 'image/webp'];
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_FILES = 10;

export interface Photo {
  key: string;
  name: string;
  percent: number;
  /** The upload's id once complete: what fileComplaint's attachmentIds names. */
  id: string | null;
  failed: boolean;
  abort?: () => void;
}

/**
 * Photos go up one by one, resumably (tus, like the observers' app), each admitted by its own proof of
 * work. A plain file input (keyboard and screen readers know it) and a list saying where each stands.
 */
export function PhotoUploads({ photos, onChange }: { photos: Photo[]; onChange: (update: (photos: Photo[]) => Photo[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<string[]>([]);

  const update = (key: string, change: Partial<Photo>) => onChange((all) => all.map((p) => (p.key === key ? { ...p, ...change } : p)));

  async function send(file: File, key: string) {
    try {
      const proof = await solveProofOfWork();
      const upload = new Upload(file, {
        endpoint: '/uploads',
        headers: { 'X-Proof-Of-Work': proof },
        metadata: { filename: file.name, filetype: file.type },
        retryDelays: [0, 1000, 3000, 5000],
        // Nothing about the upload is left in the browser's storage (a shared computer in a village office).
        storeFingerprintForResuming: false,
        onProgress: (sent, total) => update(key, { percent: Math.floor((sent / total) * 100) }),
        onSuccess: () => update(key, { percent: 100, id: upload.url?.split('/').pop() ?? null }),
        onError: () => update(key, { failed: true }),
      });
      update(key, { abort: () => void upload.abort() });
      upload.start();
    } catch {
      update(key, { failed: true });
    }
  }

  function chosen(files: FileList | null) {
    const problems: string[] = [];
    const room = MAX_FILES - photos.length;
    const accepted = [...(files ?? [])].filter((file) => {
      if (!TYPES.includes(file.type)) problems.push(t('file.photoType', { name: file.name }));
      else if (file.size > MAX_BYTES) problems.push(t('file.photoTooLarge', { name: file.name }));
      else return true;
      return false;
    });
    const added = accepted.slice(0, room).map((file) => ({ file, key: `${Date.now()}-${Math.random()}` }));
    setRefused(problems);
    onChange((all) => [...all, ...added.map(({ file, key }) => ({ key, name: file.name, percent: 0, id: null, failed: false }))]);
    for (const { file, key } of added) void send(file, key);
    if (input.current) input.current.value = '';
  }

  return (
    <div>
      {/* The browser's own file input, kept for keyboards and screen readers, under a button in the page's language. */}
      <label className={`public-upload${photos.length >= MAX_FILES ? ' public-upload-disabled' : ''}`}>
        <input
          ref={input}
          id="photos"
          className="public-file-input"
          type="file"
          accept={TYPES.join(',')}
          multiple
          disabled={photos.length >= MAX_FILES}
          onChange={(e) => chosen(e.target.files)}
          aria-describedby="photos-help"
        />
        <span aria-hidden>＋ {t('file.photosAdd')}</span>
      </label>
      <Typography.Paragraph id="photos-help" type="secondary" className="public-help">
        {t('file.photosHelp')}
      </Typography.Paragraph>
      {refused.map((problem) => (
        <Typography.Paragraph key={problem} type="danger" role="alert">
          {problem}
        </Typography.Paragraph>
      ))}
      {photos.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={photos}
          renderItem={(photo) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  size="small"
                  aria-label={t('file.photoRemove', { name: photo.name })}
                  onClick={() => {
                    photo.abort?.();
                    onChange((all) => all.filter((p) => p.key !== photo.key));
                  }}
                >
                  ×
                </Button>,
              ]}
            >
              <div className="public-photo" aria-live="polite">
                <span>
                  {photo.failed
                    ? t('file.photoFailed', { name: photo.name })
                    : photo.id
                      ? t('file.photoDone', { name: photo.name })
                      : t('file.photoUploading', { name: photo.name, percent: photo.percent })}
                </span>
                {!photo.failed && !photo.id && <Progress percent={photo.percent} size="small" showInfo={false} aria-hidden />}
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
