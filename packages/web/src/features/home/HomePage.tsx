import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session';
import { TodoList } from '../todo/TodoList';

/** The role-aware home: it opens on the to-do list, then who you are, where, and one card per role. */
export function HomePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} data-testid="home-greeting">
        {t('home.greeting', { name: me.user.fullName })}
      </Typography.Title>
      <TodoList />
      <Descriptions bordered size="small" column={1} style={{ maxWidth: 640, marginBottom: 24 }}>
        <Descriptions.Item label={t('home.tenant')}>{me.tenant.name}</Descriptions.Item>
        {me.user.unit && <Descriptions.Item label={t('home.unit')}>{me.user.unit.name}</Descriptions.Item>}
        <Descriptions.Item label={t('home.roles')}>
          {me.user.roles.map((r) => (
            <Tag key={r} color="red" data-testid={`role-${r}`}>
              {t(`roles.${r}`)}
            </Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4}>{t('home.yourWork')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {me.user.roles.map((r) => (
          <Col key={r} xs={24} md={12} lg={8}>
            <Card title={t(`roles.${r}`)}>{t(`home.cards.${r}`)}</Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
