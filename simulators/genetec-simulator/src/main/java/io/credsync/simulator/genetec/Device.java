package io.credsync.simulator.genetec;

import io.vertx.core.json.JsonObject;

/** A registered device: Clearance has no delete, so every registration stays. Mutable under the state's lock. */
final class Device {

    final String id;
    final String serialNumber;
    final String manufacturer;
    final String model;
    final String commonName;
    final String deviceType;
    boolean active;

    Device(String id, JsonObject identification, String deviceType) {
        this.id = id;
        this.serialNumber = identification.getString("SerialNumber");
        this.manufacturer = identification.getString("Manufacturer");
        this.model = identification.getString("Model");
        this.commonName = identification.getString("CommonName");
        this.deviceType = deviceType;
    }

    /** Serial number + manufacturer: what Clearance derives a device's identity from. */
    String identity() {
        return identity(serialNumber, manufacturer);
    }

    static String identity(String serialNumber, String manufacturer) {
        return serialNumber + "\u0000" + manufacturer;
    }

    JsonObject toJson() {
        return new JsonObject().put("Id", id).put("DeviceIdentification", new JsonObject()
                .put("SerialNumber", serialNumber).put("Manufacturer", manufacturer).put("Model", model)
                .put("CommonName", commonName)).put("DeviceType", deviceType).put("Active", active);
    }
}
