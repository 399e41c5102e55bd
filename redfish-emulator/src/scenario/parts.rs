//! Pieces of resource trees kept as JSON files in `data/scenarios/parts/` (compiled into the
//! crate): a map from path templates to resources, with `{name}` placeholders filled in when a
//! scenario adds them. Users can copy and edit them like any mockup data.

use serde_json::Value;

use crate::Error;
use crate::tree::Tree;
use crate::util::link;

/// A part of a tree.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Part {
    /// `{system}/Bios` with `@Redfish.Settings` and its settings object `{system}/Bios/Settings`
    /// (placeholders: `system`, `registry`, `serial`).
    Bios,
    /// `{parent}/VirtualMedia` with a CD and a USB drive (placeholder: `parent`, the system or,
    /// as older BMCs have it, the manager).
    VirtualMedia,
    /// A BIOS AttributeRegistry and its MessageRegistryFile under `/redfish/v1/Registries`
    /// (placeholders: `registry_file`, `registry`, `vendor`, `product`, `system_id`).
    BiosRegistry,
}

impl Part {
    fn source(self) -> &'static str {
        match self {
            Part::Bios => include_str!("../../data/scenarios/parts/bios.json"),
            Part::VirtualMedia => include_str!("../../data/scenarios/parts/virtual-media.json"),
            Part::BiosRegistry => include_str!("../../data/scenarios/parts/bios-registry.json"),
        }
    }
}

/// Adds a part to the tree; returns the paths of its top-level resources, in file order.
pub(crate) fn add(
    tree: &mut Tree,
    part: Part,
    vars: &[(&str, &str)],
) -> Result<Vec<String>, Error> {
    load(tree, &format!("parts ({part:?})"), part.source(), vars)
}

/// Adds a tree file (a JSON map from path templates to resources) with `{name}` placeholders
/// filled in; returns the paths of its resources, in file order.
pub(crate) fn load(
    tree: &mut Tree,
    name: &str,
    source: &str,
    vars: &[(&str, &str)],
) -> Result<Vec<String>, Error> {
    let mut text = source.to_owned();
    for (name, value) in vars {
        // Values are plain identifiers and paths; escaping keeps the JSON valid regardless.
        let escaped = serde_json::to_string(value).unwrap_or_default();
        let inner = escaped.trim_matches('"');
        text = text.replace(&format!("{{{name}}}"), inner);
    }
    let doc: serde_json::Map<String, Value> =
        serde_json::from_str(&text).map_err(|e| Error::Mockup {
            path: format!("data/scenarios/{name}"),
            reason: e.to_string(),
        })?;
    let mut out = Vec::new();
    for (path, resource) in doc {
        tree.put(&path, resource);
        out.push(path);
    }
    Ok(out)
}

/// Adds the BIOS part of a system and the virtual media part under `media_parent` (the system
/// itself, or its manager on BMCs that keep it there), and links them.
pub(crate) fn bios_and_media(
    tree: &mut Tree,
    system: &str,
    media_parent: &str,
    registry: &str,
    serial: &str,
) -> Result<(), Error> {
    add(
        tree,
        Part::Bios,
        &[
            ("system", system),
            ("registry", registry),
            ("serial", serial),
        ],
    )?;
    add(tree, Part::VirtualMedia, &[("parent", media_parent)])?;
    tree.update(system, |s| {
        s.insert("Bios".into(), link(&format!("{system}/Bios")));
    });
    tree.update(media_parent, |m| {
        m.insert(
            "VirtualMedia".into(),
            link(&format!("{media_parent}/VirtualMedia")),
        );
    });
    Ok(())
}

/// Adds a BIOS AttributeRegistry to the service's Registries.
pub(crate) fn bios_registry(
    tree: &mut Tree,
    registry: &str,
    vendor: &str,
    product: &str,
) -> Result<(), Error> {
    let file = registry.split('.').next().unwrap_or(registry).to_owned();
    let paths = add(
        tree,
        Part::BiosRegistry,
        &[
            ("registry_file", &file),
            ("registry", registry),
            ("vendor", vendor),
            ("product", product),
            ("system_id", &file),
        ],
    )?;
    if let Some(first) = paths.first() {
        tree.add_member("/redfish/v1/Registries", first);
    }
    Ok(())
}
