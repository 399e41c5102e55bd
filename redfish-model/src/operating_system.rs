//! `OperatingSystem`: The `OperatingSystem` schema represents the operating system and software running on a computer system.
//!
//! Generated from the DMTF Redfish schema `OperatingSystem.v1_0_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `operating_system` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `OperatingSystem` schema represents the operating system and software running on a computer system.
    ///
    /// DMTF schema `OperatingSystem` v1_0_2 (Redfish 2025.4).
    pub struct OperatingSystem {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the collection of applications running under this operating system.
        ///
        /// Read-only.
        "Applications" => applications: crate::Link<crate::Collection<crate::application::Application>>,
        /// The container engines running in this operating system.
        "ContainerEngines" => container_engines: Vec<Option<crate::operating_system::ContainerEngine>>,
        /// The link to the collection of container images available to container engines on this operating system.
        ///
        /// Read-only.
        "ContainerImages" => container_images: crate::Link<crate::Collection<crate::container_image::ContainerImage>>,
        /// The link to the collection of containers running under this operating system.
        ///
        /// Read-only.
        "Containers" => containers: crate::Link<crate::Collection<crate::container::Container>>,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The kernel information for this operating system.
        "Kernel" => kernel: crate::operating_system::Kernel,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::operating_system::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The type of operating system.
        ///
        /// Read-only.
        "Type" => r#type: crate::operating_system::OperatingSystemTypes,
        /// The wall-clock time this operating system has been running in seconds.
        ///
        /// Read-only.
        "UptimeSeconds" => uptime_seconds: i64,
        /// The virtual machine engines running in this operating system.
        "VirtualMachineEngines" => virtual_machine_engines: Vec<Option<crate::operating_system::VirtualMachineEngine>>,
    }
}

crate::__impl_resource!(OperatingSystem: "OperatingSystem", actions);

crate::redfish_struct! {
    /// A container engine running in an operating system.
    pub struct ContainerEngine {
        /// The URIs to manage this container engine.
        ///
        /// Read-only.
        "ManagementURIs" => management_uris: Vec<Option<String>>,
        /// The supported image types for this container engine.
        ///
        /// Read-only.
        "SupportedImageTypes" => supported_image_types: Vec<Option<crate::container_image::ImageTypes>>,
        /// The type of container engine.
        ///
        /// Read-only.
        "Type" => r#type: crate::operating_system::ContainerEngineTypes,
        /// The version of this container engine.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::redfish_enum! {
    /// `ContainerEngineTypes`.
    pub enum ContainerEngineTypes {
        /// Docker.
        Docker = "Docker",
        /// containerd.
        Containerd = "containerd",
        /// CRI-O.
        CRIO = "CRIO",
    }
}

crate::redfish_struct! {
    /// The kernel information for an operating system.
    pub struct Kernel {
        /// The machine hardware name of the kernel.
        ///
        /// Read-only.
        "Machine" => machine: String,
        /// The name of the kernel.
        ///
        /// Read-only.
        "Name" => name: String,
        /// The release of the kernel.
        ///
        /// Read-only.
        "Release" => release: String,
        /// The version of the kernel.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the software image for this operating system.
        ///
        /// Read-only.
        "SoftwareImage" => software_image: crate::Link<crate::software_inventory::SoftwareInventory>,
    }
}

crate::redfish_enum! {
    /// `OperatingSystemTypes`.
    pub enum OperatingSystemTypes {
        /// Linux.
        Linux = "Linux",
        /// Microsoft Windows.
        Windows = "Windows",
        /// Oracle Solaris.
        Solaris = "Solaris",
        /// HPE HP-UX.
        HPUX = "HPUX",
        /// IBM AIX.
        AIX = "AIX",
        /// Berkeley Software Distribution.
        BSD = "BSD",
        /// Apple macOS.
        MacOS = "macOS",
        /// IBM i.
        IBMi = "IBMi",
        /// A bare-metal hypervisor.
        Hypervisor = "Hypervisor",
    }
}

crate::redfish_struct! {
    /// A virtual machine engine running in an operating system.
    pub struct VirtualMachineEngine {
        /// The URIs to manage this virtual machine engine.
        ///
        /// Read-only.
        "ManagementURIs" => management_uris: Vec<Option<String>>,
        /// The supported image types for this container engine.
        ///
        /// Read-only.
        "SupportedImageTypes" => supported_image_types: Vec<Option<crate::operating_system::VirtualMachineImageTypes>>,
        /// The type of virtual machine engine.
        ///
        /// Read-only.
        "Type" => r#type: crate::operating_system::VirtualMachineEngineTypes,
        /// The version of this virtual machine engine.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::redfish_enum! {
    /// `VirtualMachineEngineTypes`.
    pub enum VirtualMachineEngineTypes {
        /// VMware ESX or ESXi.
        VMwareESX = "VMwareESX",
        /// Microsoft Hyper-V.
        HyperV = "HyperV",
        /// Xen.
        Xen = "Xen",
        /// KVM (Kernel-based Virtual Machine).
        KVM = "KVM",
        /// QEMU (Quick Emulator).
        QEMU = "QEMU",
        /// Oracle VM VirtualBox.
        VirtualBox = "VirtualBox",
        /// IBM PowerVM.
        PowerVM = "PowerVM",
    }
}

crate::redfish_enum! {
    /// `VirtualMachineImageTypes`.
    pub enum VirtualMachineImageTypes {
        /// Raw disk image.
        Raw = "Raw",
        /// OVF (Open Virtualization Format).
        OVF = "OVF",
        /// OVA (Open Virtual Appliance).
        OVA = "OVA",
        /// VHD (Virtual Hard Disk).
        VHD = "VHD",
        /// VMDK (Virtual Machine Disk).
        VMDK = "VMDK",
        /// VDI (Virtual Disk Image).
        VDI = "VDI",
        /// QCOW (QEMU Copy-on-Write).
        QCOW = "QCOW",
        /// QCOW2 (QEMU Copy-on-Write version 2).
        QCOW2 = "QCOW2",
    }
}
