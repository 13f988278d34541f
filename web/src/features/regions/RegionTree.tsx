import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { RegionLevel, RegionRowFragment } from '../../gql/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ErrorMessage, Loading } from '../../shared/ui';
import { RegionChildrenQuery } from './operations';
import { usePagedList } from '../../shared/usePagedList';

export const TREE_PAGE_SIZE = 200;

type TreeRegion = Pick<RegionRowFragment, 'code' | 'name' | 'level'> & Partial<Pick<RegionRowFragment, 'kind' | 'retiredOn'>>;

/** An expandable tree from one region down; children load when a branch is opened, 200 at a time. */
export function RegionTree({ root }: { root: TreeRegion }) {
  const { t } = useI18n();
  return (
    <nav className="tree-nav" aria-label={t('regions.tree.label')}>
      <ul className="tree">
        <TreeNode region={root} initiallyOpen />
      </ul>
    </nav>
  );
}

const hasChildren = (level: RegionLevel) => level !== 'VILLAGE';

function TreeNode({ region, initiallyOpen = false }: { region: TreeRegion; initiallyOpen?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  const branch = hasChildren(region.level);
  return (
    <li>
      <div className="tree-row">
        {branch ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'regions.tree.collapse' : 'regions.tree.expand', { name: region.name })}
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="tree-leaf" aria-hidden="true" />
        )}
        <Link to={`/regions/${region.code}`}>{region.name}</Link>
        <span className="code">{region.code}</span>
        {region.retiredOn && <span className="badge badge-retired">{t('region.retired.short')}</span>}
      </div>
      {branch && open && <TreeChildren code={region.code} name={region.name} />}
    </li>
  );
}

function TreeChildren({ code, name }: { code: string; name: string }) {
  const { t } = useI18n();
  const list = usePagedList(RegionChildrenQuery, { code, first: TREE_PAGE_SIZE }, (data) => data.region?.children);

  if (list.loading) {
    return (
      <div className="tree-children">
        <Loading />
      </div>
    );
  }
  if (list.error && list.nodes.length === 0) {
    return (
      <div className="tree-children">
        <ErrorMessage error={list.error} onRetry={list.retry} />
      </div>
    );
  }
  if (list.nodes.length === 0) {
    return <p className="tree-children muted small">{t('regions.tree.empty', { name })}</p>;
  }
  return (
    <>
      <ul className="tree-children" aria-label={t('regions.tree.childrenOf', { name })}>
        {list.nodes.map((child) => (
          <TreeNode key={child.code} region={child} />
        ))}
      </ul>
      {list.error != null && <ErrorMessage error={list.error} onRetry={list.loadMore} />}
      {list.hasMore && (
        <div className="tree-more">
          <button type="button" className="link-button" onClick={list.loadMore} disabled={list.loadingMore}>
            {list.loadingMore
              ? t('common.loading')
              : t('regions.tree.more', { shown: formatInteger(list.nodes.length), total: formatInteger(list.totalCount) })}
          </button>
        </div>
      )}
    </>
  );
}
