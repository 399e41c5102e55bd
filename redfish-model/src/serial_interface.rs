//! `SerialInterface`: The `SerialInterface` schema describes an asynchronous serial interface, such as an RS-232 interface, available to a system or device.
//!
//! Generated from the DMTF Redfish schema `SerialInterface.v1_3_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `serial_interface` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `SerialInterface` schema describes an asynchronous serial interface, such as an RS-232 interface, available to a system or device.
    ///
    /// DMTF schema `SerialInterface` v1_3_0 (Redfish 2025.4).
    pub struct SerialInterface {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The receive and transmit rate of data flow, typically in bits per second (bit/s), over the serial connection.
        ///
        /// Writable.
        "BitRate" => bit_rate: crate::serial_interface::BitRate,
        /// The type of connector used for this interface.
        ///
        /// Read-only.
        "ConnectorType" => connector_type: crate::serial_interface::ConnectorType,
        /// The number of data bits that follow the start bit over the serial connection.
        ///
        /// Writable.
        "DataBits" => data_bits: crate::serial_interface::DataBits,
        /// Read-only.
        "Description" => description: String,
        /// The type of flow control, if any, that is imposed on the serial connection.
        ///
        /// Writable.
        "FlowControl" => flow_control: crate::serial_interface::FlowControl,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// An indication of whether this interface is enabled.
        ///
        /// Writable.
        "InterfaceEnabled" => interface_enabled: bool,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::serial_interface::Links,
        /// The Modbus settings for the serial interface.
        "Modbus" => modbus: crate::serial_interface::Modbus,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The type of parity used by the sender and receiver to detect errors over the serial connection.
        ///
        /// Writable.
        "Parity" => parity: crate::serial_interface::Parity,
        /// The physical pinout configuration for a serial connector.
        ///
        /// Read-only.
        "PinOut" => pin_out: crate::serial_interface::PinOut,
        /// The type of signal used for the communication connection.
        ///
        /// Read-only.
        "SignalType" => signal_type: crate::serial_interface::SignalType,
        /// The period of time before the next start bit is transmitted.
        ///
        /// Writable.
        "StopBits" => stop_bits: crate::serial_interface::StopBits,
    }
}

crate::__impl_resource!(SerialInterface: "SerialInterface", actions);

crate::redfish_enum! {
    /// `BitRate`.
    pub enum BitRate {
        /// A bit rate of 1200 bit/s.
        V1200 = "1200",
        /// A bit rate of 2400 bit/s.
        V2400 = "2400",
        /// A bit rate of 4800 bit/s.
        V4800 = "4800",
        /// A bit rate of 9600 bit/s.
        V9600 = "9600",
        /// A bit rate of 19200 bit/s.
        V19200 = "19200",
        /// A bit rate of 38400 bit/s.
        V38400 = "38400",
        /// A bit rate of 57600 bit/s.
        V57600 = "57600",
        /// A bit rate of 115200 bit/s.
        V115200 = "115200",
        /// A bit rate of 230400 bit/s.
        V230400 = "230400",
    }
}

crate::redfish_enum! {
    /// `ConnectorType`.
    pub enum ConnectorType {
        /// An RJ45 connector.
        RJ45 = "RJ45",
        /// An RJ11 connector.
        RJ11 = "RJ11",
        /// A DB9 Female connector.
        DB9Female = "DB9 Female",
        /// A DB9 Male connector.
        DB9Male = "DB9 Male",
        /// A DB25 Female connector.
        DB25Female = "DB25 Female",
        /// A DB25 Male connector.
        DB25Male = "DB25 Male",
        /// A USB connector.
        USB = "USB",
        /// A mUSB connector.
        MUSB = "mUSB",
        /// A uUSB connector.
        UUSB = "uUSB",
    }
}

crate::redfish_enum! {
    /// `DataBits`.
    pub enum DataBits {
        /// Five bits of data following the start bit.
        V5 = "5",
        /// Six bits of data following the start bit.
        V6 = "6",
        /// Seven bits of data following the start bit.
        V7 = "7",
        /// Eight bits of data following the start bit.
        V8 = "8",
    }
}

crate::redfish_enum! {
    /// `FlowControl`.
    pub enum FlowControl {
        /// No flow control imposed.
        None = "None",
        /// XON/XOFF in-band flow control imposed.
        Software = "Software",
        /// Out-of-band flow control imposed.
        Hardware = "Hardware",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_struct! {
    /// The Modbus settings for the serial interface.
    pub struct Modbus {
        /// Indicates if the interface is read only.
        ///
        /// Writable.
        "ReadOnly" => read_only: bool,
        /// The role of the serial interface.
        ///
        /// Writable.
        "Role" => role: crate::serial_interface::Role,
        /// The server identifier for this Modbus RTU interface.
        ///
        /// Writable.
        "ServerId" => server_id: i64,
    }
}

crate::redfish_enum! {
    /// `Parity`.
    pub enum Parity {
        /// No parity bit.
        None = "None",
        /// An even parity bit.
        Even = "Even",
        /// An odd parity bit.
        Odd = "Odd",
        /// A mark parity bit.
        Mark = "Mark",
        /// A space parity bit.
        Space = "Space",
    }
}

crate::redfish_enum! {
    /// `PinOut`.
    pub enum PinOut {
        /// The Cisco pinout configuration.
        Cisco = "Cisco",
        /// The Cyclades pinout configuration.
        Cyclades = "Cyclades",
        /// The Digi pinout configuration.
        Digi = "Digi",
        /// The Modbus 2 wire pinout configuration.
        Modbus2Wire = "Modbus2Wire",
        /// The Modbus 4 wire pinout configuration.
        Modbus4Wire = "Modbus4Wire",
        /// The Modbus RS232 pinout configuration.
        ModbusRs232 = "ModbusRs232",
    }
}

crate::redfish_enum! {
    /// `Role`.
    pub enum Role {
        /// The serial interface is a client and connects to one or more servers across a serial bus.
        Client = "Client",
        /// The serial interface is a server and allows one or more clients to connect across a serial bus.
        Server = "Server",
    }
}

crate::redfish_enum! {
    /// `SignalType`.
    pub enum SignalType {
        /// The serial interface follows RS232.
        Rs232 = "Rs232",
        /// The serial interface follows RS485.
        Rs485 = "Rs485",
    }
}

crate::redfish_enum! {
    /// `StopBits`.
    pub enum StopBits {
        /// One stop bit following the data bits.
        V1 = "1",
        /// Two stop bits following the data bits.
        V2 = "2",
    }
}
