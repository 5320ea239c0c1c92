import { DeleteOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import type { Photo } from './db';

/** A photo kept on the phone, shown from its blob (img-src allows blob:). */
export function PhotoThumb({ photo, removeLabel, onRemove }: { photo: Photo; removeLabel?: string; onRemove?: () => void }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!photo.blob) return;
    const next = URL.createObjectURL(photo.blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [photo.blob]);
  return (
    <span className="observe-photo">
      {url && <img src={url} alt={photo.name} />}
      {onRemove && <Button size="small" danger icon={<DeleteOutlined />} aria-label={removeLabel} onClick={onRemove} />}
    </span>
  );
}
