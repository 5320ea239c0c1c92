import { App, Button, Card, Col, Descriptions, Empty, Form, Input, Row, Select, Tag, Tree, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { RefusalAlert } from '../../components/RefusalAlert';
import { graphql } from '../../gql';
import type { JurisdictionLevel } from '../../gql/graphql';
import { allKeys, LEVELS, nextLevel, type PlaceNode } from './jurisdiction-tree';
import { usePlaces } from './usePlaces';

const CreatePlace = graphql(`
  mutation CreatePlace($input: CreateJurisdictionInput!) {
    createJurisdiction(input: $input) {
      id
      name
      level
    }
  }
`);

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}

interface ChildForm {
  name: string;
  level: JurisdictionLevel;
  code?: string;
}

/** The admin's subtree of places as a tree; a child place is added under the selected one. */
export function JurisdictionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { places, tree, fetching, reload } = usePlaces();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [created, create] = useMutation(CreatePlace);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [form] = Form.useForm<ChildForm>();
  const selected = places.find((p) => p.id === selectedId) ?? null;
  const [expanded, setExpanded] = useState<string[]>([]);
  useEffect(() => {
    if (tree.length && !expanded.length) setExpanded(allKeys(tree));
  }, [tree, expanded.length]);
  useEffect(() => {
    if (!selectedId && tree[0]) setSelectedId(tree[0].key);
  }, [tree, selectedId]);
  useEffect(() => {
    setRefusal(null);
    const level = selected ? nextLevel(selected.level) : null;
    form.setFieldsValue({ name: '', code: '', level: (level ?? undefined) as JurisdictionLevel | undefined });
  }, [selected, form]);

  const treeData = useMemo(() => {
    const toTree = (nodes: PlaceNode[]): TreeItem[] =>
      nodes.map((n) => ({
        key: n.key,
        title: (
          <span>
            {n.title}
            <Tag style={{ marginInlineStart: 8 }}>{t(`levels.${n.level}`)}</Tag>
          </span>
        ),
        children: toTree(n.children),
      }));
    return toTree(tree);
  }, [tree, t]);

  const submit = async (values: ChildForm) => {
    if (!selected) return;
    setRefusal(null);
    const result = await create({
      input: { parentId: selected.id, name: values.name.trim(), level: values.level, code: values.code?.trim() || null },
    });
    if (result.error) {
      setRefusal(result.error);
      return;
    }
    void message.success(t('admin.places.added', { name: values.name.trim() }));
    form.resetFields(['name', 'code']);
    reload({ requestPolicy: 'network-only' });
    setExpanded((keys) => [...new Set([...keys, selected.id])]);
  };

  return (
    <div>
      <Typography.Title level={3}>{t('admin.places.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.places.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            title={t('admin.places.tree')}
            size="small"
            extra={t('admin.places.total', { count: places.length })}
            loading={fetching && !places.length}
          >
            <Tree
              treeData={treeData}
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys as string[])}
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => keys[0] && setSelectedId(String(keys[0]))}
              showLine
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('admin.places.selected')} size="small" style={{ marginBottom: 16 }}>
            {selected ? (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('admin.places.name')}>{selected.name}</Descriptions.Item>
                <Descriptions.Item label={t('admin.places.level')}>{t(`levels.${selected.level}`)}</Descriptions.Item>
                <Descriptions.Item label={t('admin.places.code')}>{selected.code ?? t('admin.places.noCode')}</Descriptions.Item>
              </Descriptions>
            ) : (
              <Empty description={t('admin.places.none')} />
            )}
          </Card>
          {selected && (
            <Card title={t('admin.places.addChild')} size="small">
              <RefusalAlert error={refusal} onClose={() => setRefusal(null)} />
              <Form form={form} name="add-place" layout="vertical" onFinish={(v) => void submit(v)} requiredMark>
                <Form.Item label={t('admin.places.parent')}>
                  <Input value={selected.name} disabled aria-label={t('admin.places.parent')} />
                </Form.Item>
                <Form.Item
                  name="name"
                  label={t('admin.places.childName')}
                  rules={[{ required: true, whitespace: true, message: t('admin.places.nameRequired') }, { max: 100 }]}
                >
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item
                  name="level"
                  label={t('admin.places.childLevel')}
                  rules={[{ required: true, message: t('admin.places.levelRequired') }]}
                >
                  <Select options={LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))} />
                </Form.Item>
                <Form.Item
                  name="code"
                  label={t('admin.places.childCode')}
                  rules={[{ pattern: /^\d{2,12}$/, message: t('admin.places.codeFormat') }]}
                >
                  <Input inputMode="numeric" maxLength={12} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={created.fetching}>
                  {t('admin.places.add')}
                </Button>
              </Form>
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
