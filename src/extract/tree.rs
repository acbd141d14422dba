//! A small mutable document tree: what article finding needs of a DOM and nothing more.
//!
//! Fillers (the native HTML parser, the wasm DOM walker) build it with [`Tree::add_element`]
//! and [`Tree::add_text`]. Nodes live in one arena and link to parent and siblings, so the
//! moves article finding makes (wrapping, unwrapping, removing) cost O(1) each.

/// Index of a node in its [`Tree`]; stable for the tree's lifetime, so a filler can map it
/// back to the node it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

impl NodeId {
    fn ix(self) -> usize {
        self.0 as usize
    }
}

/// The attributes article finding reads; fillers may drop every other one.
pub const KEPT_ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "role",
    "itemprop",
    "hidden",
    "aria-hidden",
    "aria-modal",
    "style",
    "href",
    "rel",
    "summary",
    "datatable",
    "rowspan",
    "colspan",
    "property",
    "name",
    "content",
];

/// Elements whose content is never article text; fillers skip them with their subtree.
pub const SKIPPED_TAGS: &[&str] = &["script", "style", "noscript", "template"];

/// Deeper elements are flattened into their ancestor at this depth (their text is kept):
/// bounds the cost of the per-ancestor walks on pathological nesting.
pub const MAX_DEPTH: u32 = 200;

/// Most nodes a tree holds; later ones are dropped (keeps huge pages linear and bounded).
pub const MAX_NODES: usize = 400_000;

#[derive(Debug, Clone)]
pub(crate) enum Data {
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
    },
    Text(String),
}

#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub(crate) data: Data,
    pub(crate) parent: Option<NodeId>,
    pub(crate) first: Option<NodeId>,
    pub(crate) last: Option<NodeId>,
    pub(crate) prev: Option<NodeId>,
    pub(crate) next: Option<NodeId>,
    depth: u32,
    /// Readability-style content score, once the node is a candidate.
    pub(crate) score: Option<f64>,
}

/// A document: a root element (id 0) holding elements and text nodes.
#[derive(Debug, Clone)]
pub struct Tree {
    pub(crate) nodes: Vec<Node>,
}

impl Default for Tree {
    fn default() -> Self {
        Self::new()
    }
}

impl Tree {
    /// An empty tree whose root is a `#document` element.
    pub fn new() -> Self {
        let mut tree = Tree { nodes: Vec::new() };
        tree.push(Data::Element {
            tag: "#document".into(),
            attrs: Vec::new(),
        });
        tree
    }

    /// The root node.
    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    /// Number of nodes ever created (including detached ones).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the tree holds only its root.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// Appends an element under `parent`. The tag is lower-cased; attributes not in
    /// [`KEPT_ATTRIBUTES`] are dropped. Past [`MAX_DEPTH`] the element is not created and
    /// `parent` is returned, so its children land in the nearest kept ancestor. Returns
    /// `None` when the tree is full ([`MAX_NODES`]) or `parent` is a text node.
    pub fn add_element<'a>(
        &mut self,
        parent: NodeId,
        tag: &str,
        attrs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Option<NodeId> {
        if self.nodes.len() >= MAX_NODES || !self.is_element(parent) {
            return None;
        }
        if self.nodes[parent.ix()].depth >= MAX_DEPTH {
            return Some(parent);
        }
        let attrs = attrs
            .into_iter()
            .filter_map(|(k, v)| {
                let k = k.to_ascii_lowercase();
                KEPT_ATTRIBUTES
                    .contains(&k.as_str())
                    .then(|| (k, v.to_string()))
            })
            .collect();
        let id = self.push(Data::Element {
            tag: tag.to_ascii_lowercase(),
            attrs,
        });
        self.append(parent, id);
        Some(id)
    }

    /// Appends a text node under `parent`; never merged with a neighbour, so each text node
    /// maps back to exactly one source node.
    pub fn add_text(&mut self, parent: NodeId, text: &str) -> Option<NodeId> {
        if self.nodes.len() >= MAX_NODES || !self.is_element(parent) {
            return None;
        }
        let id = self.push(Data::Text(text.to_string()));
        self.append(parent, id);
        Some(id)
    }

    fn push(&mut self, data: Data) -> NodeId {
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push(Node {
            data,
            parent: None,
            first: None,
            last: None,
            prev: None,
            next: None,
            depth: 0,
            score: None,
        });
        id
    }

    pub(crate) fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.ix()]
    }

    pub(crate) fn node_mut(&mut self, id: NodeId) -> &mut Node {
        &mut self.nodes[id.ix()]
    }

    /// The element's lower-case tag, or `None` for a text node.
    pub fn tag(&self, id: NodeId) -> Option<&str> {
        match &self.node(id).data {
            Data::Element { tag, .. } => Some(tag),
            Data::Text(_) => None,
        }
    }

    /// Whether `id` is an element with tag `tag`.
    pub fn is(&self, id: NodeId, tag: &str) -> bool {
        self.tag(id) == Some(tag)
    }

    /// Whether `id` is an element.
    pub fn is_element(&self, id: NodeId) -> bool {
        matches!(self.node(id).data, Data::Element { .. })
    }

    /// A text node's text.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.node(id).data {
            Data::Text(t) => Some(t),
            Data::Element { .. } => None,
        }
    }

    /// An attribute's value.
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.node(id).data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str()),
            Data::Text(_) => None,
        }
    }

    /// The parent, if attached.
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).parent
    }

    /// Child nodes (elements and text) in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            tree: self,
            next: self.node(id).first,
        }
    }

    /// Child elements in order.
    pub fn element_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(|&c| self.is_element(c))
    }

    /// All nodes below `id` in document order (not `id` itself).
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            tree: self,
            root: id,
            next: self.node(id).first,
        }
    }

    /// The element's text content, concatenated.
    pub fn text_content(&self, id: NodeId) -> String {
        if let Some(t) = self.text(id) {
            return t.to_string();
        }
        let mut out = String::new();
        for d in self.descendants(id) {
            if let Some(t) = self.text(d) {
                out.push_str(t);
            }
        }
        out
    }

    // ---- mutation (crate-internal: the algorithm reshapes its own copy) ----

    pub(crate) fn create_element(&mut self, tag: &str) -> NodeId {
        self.push(Data::Element {
            tag: tag.into(),
            attrs: Vec::new(),
        })
    }

    pub(crate) fn set_tag(&mut self, id: NodeId, new: &str) {
        if let Data::Element { tag, .. } = &mut self.node_mut(id).data {
            *tag = new.to_string();
        }
    }

    /// Unlinks `id` from its parent and siblings (it keeps its own subtree).
    pub(crate) fn detach(&mut self, id: NodeId) {
        let Node {
            parent, prev, next, ..
        } = *self.node(id);
        let Some(parent) = parent else { return };
        match prev {
            Some(p) => self.node_mut(p).next = next,
            None => self.node_mut(parent).first = next,
        }
        match next {
            Some(n) => self.node_mut(n).prev = prev,
            None => self.node_mut(parent).last = prev,
        }
        let n = self.node_mut(id);
        n.parent = None;
        n.prev = None;
        n.next = None;
    }

    pub(crate) fn append(&mut self, parent: NodeId, id: NodeId) {
        self.detach(id);
        let last = self.node(parent).last;
        let depth = self.node(parent).depth + 1;
        {
            let n = self.node_mut(id);
            n.parent = Some(parent);
            n.prev = last;
            n.depth = depth;
        }
        match last {
            Some(l) => self.node_mut(l).next = Some(id),
            None => self.node_mut(parent).first = Some(id),
        }
        self.node_mut(parent).last = Some(id);
    }

    /// Puts `new` where `old` is; `old` ends up detached.
    pub(crate) fn replace(&mut self, old: NodeId, new: NodeId) {
        let Some(parent) = self.parent(old) else {
            return;
        };
        self.detach(new);
        let Node { prev, next, .. } = *self.node(old);
        let depth = self.node(old).depth;
        {
            let n = self.node_mut(new);
            n.parent = Some(parent);
            n.prev = prev;
            n.next = next;
            n.depth = depth;
        }
        match prev {
            Some(p) => self.node_mut(p).next = Some(new),
            None => self.node_mut(parent).first = Some(new),
        }
        match next {
            Some(n) => self.node_mut(n).prev = Some(new),
            None => self.node_mut(parent).last = Some(new),
        }
        let o = self.node_mut(old);
        o.parent = None;
        o.prev = None;
        o.next = None;
    }
}

/// Iterator over a node's children.
pub struct Children<'a> {
    tree: &'a Tree,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.tree.node(id).next;
        Some(id)
    }
}

/// Iterator over a node's descendants in document order.
pub struct Descendants<'a> {
    tree: &'a Tree,
    root: NodeId,
    next: Option<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        let n = self.tree.node(id);
        self.next = if n.first.is_some() {
            n.first
        } else {
            let mut cur = id;
            loop {
                if cur == self.root {
                    break None;
                }
                let c = self.tree.node(cur);
                if let Some(s) = c.next {
                    break Some(s);
                }
                match c.parent {
                    Some(p) if p != self.root => cur = p,
                    _ => break None,
                }
            }
        };
        Some(id)
    }
}
