import { Cascader, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gql, PLACES, type PublicPlace } from './api';

interface CascaderOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: CascaderOption[];
  place: PublicPlace;
}

const toOption = (place: PublicPlace): CascaderOption => ({ value: place.id, label: place.name, isLeaf: !place.hasChildren, place });

/**
 * The place of the matter: found by name (a search box asking the server as one types), or chosen level
 * by level from the top. Only names and levels come back (publicPlaces).
 */
export function PlacePicker({
  value,
  onChange,
  id,
}: {
  value?: PublicPlace | null;
  onChange?: (place: PublicPlace | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const [found, setFound] = useState<PublicPlace[]>([]);
  const [tree, setTree] = useState<CascaderOption[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    void gql<{ publicPlaces: PublicPlace[] }>(PLACES, {}).then((d) => setTree(d.publicPlaces.map(toOption)));
  }, []);

  const search = (text: string) => {
    clearTimeout(timer.current);
    if (!text.trim()) return setFound([]);
    timer.current = setTimeout(() => {
      void gql<{ publicPlaces: PublicPlace[] }>(PLACES, { nameContains: text.trim() }).then((d) => setFound(d.publicPlaces));
    }, 250);
  };

  const loadChildren = async (path: CascaderOption[]) => {
    const target = path[path.length - 1]!;
    const { publicPlaces } = await gql<{ publicPlaces: PublicPlace[] }>(PLACES, { parentId: target.value });
    target.children = publicPlaces.map(toOption);
    setTree((all) => [...all]);
  };

  const options = [...(value && !found.some((p) => p.id === value.id) ? [value] : []), ...found];
  return (
    <Space direction="vertical" className="public-wide">
      <Select
        id={id}
        showSearch
        allowClear
        className="public-wide"
        aria-describedby="place-help"
        placeholder={t('file.placeSearch')}
        filterOption={false}
        value={value?.id}
        onSearch={search}
        onChange={(placeId: string | undefined) => onChange?.(options.find((p) => p.id === placeId) ?? null)}
        options={options.map((p) => ({ value: p.id, label: `${p.fullName}（${t(`levels.${p.level}`)}）` }))}
        notFoundContent={null}
      />
      <Cascader<CascaderOption>
        className="public-wide"
        aria-label={t('file.placeBrowse')}
        placeholder={t('file.placeBrowse')}
        options={tree}
        loadData={(path) => void loadChildren(path)}
        changeOnSelect
        onChange={(_, path) => {
          const chosen = path?.[path.length - 1]?.place;
          if (chosen) onChange?.(chosen);
        }}
      />
      <Typography.Text id="place-help" type="secondary">
        {t('file.placeHelp')}
      </Typography.Text>
    </Space>
  );
}
